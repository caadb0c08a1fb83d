/**
 * `@alipay-escrow/workers` — the Alipay escrow notify/return endpoints as a Cloudflare module-worker
 * `fetch` handler. Options may be a function of `env` (secrets such as ALIPAY_KEY, the D1 binding
 * for `createSqlStore(d1Database(env.DB))`); the Escrow is built once per isolate and env object.
 * A Worker that only receives can use `@alipay-escrow/workers/receiver` instead: the same handlers
 * over createReceiver, a much smaller bundle.
 * @module
 */
import { createEscrow, type Escrow, type EscrowOptions } from '@alipay-escrow/core';
import type { EscrowInput } from '@alipay-escrow/core/adapter-kit';
import {
  endpointsFor,
  notifyRoute,
  returnRoute,
  workerRoutes,
  type AlipayEscrowOptions,
  type AlipayWorker,
  type WorkerClientAddressOptions,
  type WorkerFetchHandler,
} from './routes.js';

export {
  cloudflareClientAddress,
  type AlipayEscrowOptions,
  type AlipayWorker,
  type WorkerClientAddressOptions,
  type WorkerExecutionContext,
  type WorkerFetchHandler,
} from './routes.js';
export {
  sweepHandler,
  type WorkerScheduledController,
  type WorkerScheduledHandler,
  type WorkerSweepSchedule,
} from './scheduled.js';

export type { EscrowInput } from '@alipay-escrow/core/adapter-kit';

/** EscrowInput, or a function that builds it from the Worker's env (called once per env object). */
export type WorkerEscrowInput<Env> = EscrowInput | ((env: Env) => EscrowInput);

const escrowFor = <Env>(input: WorkerEscrowInput<Env>): ((env: Env) => Escrow) =>
  endpointsFor<Env, EscrowOptions, Escrow>(input, createEscrow);

/**
 * notify_url ({@link Escrow.handleNotify}): answers exactly `success` or `fail` (405 to anything
 * but POST). The client address for the log and the IP allow-list is the `CF-Connecting-IP`
 * header of a request that came through Cloudflare (see {@link WorkerClientAddressOptions}).
 */
export function notifyHandler<Env = unknown>(
  escrow: WorkerEscrowInput<Env>,
  address: WorkerClientAddressOptions = {},
): WorkerFetchHandler<Env> {
  return notifyRoute(escrowFor(escrow), address);
}

/**
 * return_url ({@link Escrow.handleReturn}): the buyer's browser comes back here; a result page or
 * a 303 to your own (`returnPage.redirectTo`). The client address as for {@link notifyHandler}.
 */
export function returnHandler<Env = unknown>(
  escrow: WorkerEscrowInput<Env>,
  address: WorkerClientAddressOptions = {},
): WorkerFetchHandler<Env> {
  return returnRoute(escrowFor(escrow), address);
}

/**
 * Both endpoints as a module worker: `export default alipayEscrow((env) => ({ … }))`. Given a
 * function of `env`, the Escrow is built on the first request of each env object, so a bad
 * configuration (CONFIG_INVALID, KEY_INVALID, ...) rejects that request rather than the deploy;
 * given options or an Escrow, it is built (and checked) at once.
 */
export function alipayEscrow<Env = unknown>(
  escrow: WorkerEscrowInput<Env>,
  options: AlipayEscrowOptions<Env> = {},
): AlipayWorker<Env> {
  return workerRoutes(escrowFor(escrow), options);
}
