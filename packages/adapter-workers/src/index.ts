/**
 * `@alipay-escrow/workers` — the Alipay escrow notify/return endpoints as a Cloudflare module-worker
 * `fetch` handler. Options may be a function of `env` (secrets such as ALIPAY_KEY, the D1 binding
 * for `createSqlStore(d1Database(env.DB))`); the Escrow is built once per isolate and env object.
 * A Worker that only receives can use `@alipay-escrow/workers/receiver` instead: the same handlers
 * over createReceiver, a much smaller bundle.
 * @module
 */
import { createEscrow, type Escrow, type EscrowOptions } from '@alipay-escrow/core';
import {
  endpointsFor,
  notifyRoute,
  returnRoute,
  workerRoutes,
  type AlipayEscrowOptions,
  type WorkerClientAddressOptions,
  type WorkerFetchHandler,
} from './routes.js';

export {
  cloudflareClientAddress,
  type AlipayEscrowOptions,
  type WorkerClientAddressOptions,
  type WorkerExecutionContext,
  type WorkerFetchHandler,
} from './routes.js';
export { sweepHandler, type WorkerScheduledController, type WorkerScheduledHandler, type WorkerSweepSchedule } from './scheduled.js';

/** Options as given, or an Escrow from `createEscrow` (so one instance serves both routes). */
export type EscrowInput = EscrowOptions | Escrow;

/** EscrowInput, or a function that builds it from the Worker's env (called once per env object). */
export type WorkerEscrowInput<Env> = EscrowInput | ((env: Env) => EscrowInput);

const escrowFor = <Env>(options: WorkerEscrowInput<Env>): ((env: Env) => Escrow) =>
  endpointsFor<Env, EscrowOptions, Escrow>(options, createEscrow);

/**
 * notify_url ({@link Escrow.handleNotify}): answers exactly `success` or `fail` (405 to anything
 * but POST). The client address for the log and the IP allow-list is the `CF-Connecting-IP`
 * header of a request that came through Cloudflare (see {@link WorkerClientAddressOptions}).
 */
export function notifyHandler<Env = unknown>(options: WorkerEscrowInput<Env>, address: WorkerClientAddressOptions = {}): WorkerFetchHandler<Env> {
  return notifyRoute(escrowFor(options), address);
}

/**
 * return_url ({@link Escrow.handleReturn}): the buyer's browser comes back here; a result page or
 * a 303 to your own (`returnPage.redirectTo`). The client address as for {@link notifyHandler}.
 */
export function returnHandler<Env = unknown>(options: WorkerEscrowInput<Env>, address: WorkerClientAddressOptions = {}): WorkerFetchHandler<Env> {
  return returnRoute(escrowFor(options), address);
}

/**
 * Both endpoints as a module worker: `export default alipayEscrow((env) => ({ … }))`. Given a
 * function of `env`, the Escrow is built on the first request of each env object, so a bad
 * configuration (CONFIG_INVALID, KEY_INVALID, ...) rejects that request rather than the deploy;
 * given options or an Escrow, it is built (and checked) at once.
 * @property __type.fetch - The fetch handler: notify and return paths go to the escrow, every other request to `options.fallback` (default 404).
 */
export function alipayEscrow<Env = unknown>(
  options: WorkerEscrowInput<Env>,
  routes: AlipayEscrowWorkerRoutes<Env> = {},
): { fetch: WorkerFetchHandler<Env> } {
  return workerRoutes(escrowFor(escrow), options);
}
