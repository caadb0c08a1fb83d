/**
 * `@alipay-escrow/workers/receiver` — the same fetch handlers as `@alipay-escrow/workers`, over
 * `createReceiver` from `@alipay-escrow/core/receiver`: a Worker that only receives notifications
 * and return visits ships without payment building, signed gateway calls, XML, and (unless passed
 * as plug-ins) GBK and RSA. Import the store from `@alipay-escrow/core/receiver` too
 * (`createSqliteReceiverStore(d1Database(env.DB))` for D1): importing `@alipay-escrow/core` brings
 * the whole library back.
 * @module receiver
 */
import { createReceiver, type Receiver, type ReceiverOptions } from '@alipay-escrow/core/receiver';
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

/** Options as given, or a Receiver from `createReceiver` (so one instance serves both routes). */
export type ReceiverInput = ReceiverOptions | Receiver;

/** ReceiverInput, or a function that builds it from the Worker's env (called once per env object). */
export type WorkerReceiverInput<Env> = ReceiverInput | ((env: Env) => ReceiverInput);

const receiverFor = <Env>(options: WorkerReceiverInput<Env>): ((env: Env) => Receiver) =>
  endpointsFor<Env, ReceiverOptions, Receiver>(options, createReceiver);

/**
 * notify_url (`Receiver.handleNotify`): answers exactly `success` or `fail`, as the full
 * entry's `notifyHandler` does, with the same client-address rule.
 */
export function notifyHandler<Env = unknown>(options: WorkerReceiverInput<Env>, address: WorkerClientAddressOptions = {}): WorkerFetchHandler<Env> {
  return notifyRoute(receiverFor(options), address);
}

/** return_url (`Receiver.handleReturn`), as the full entry's `returnHandler` does. */
export function returnHandler<Env = unknown>(options: WorkerReceiverInput<Env>, address: WorkerClientAddressOptions = {}): WorkerFetchHandler<Env> {
  return returnRoute(receiverFor(options), address);
}

/**
 * Both endpoints as a module worker: `export default alipayEscrow((env) => ({ … }))`, taking
 * createReceiver's options (`plugins: [gbk]` for a GBK merchant). Built once per env object, as
 * by the full entry's `alipayEscrow`.
 * @property __type.fetch - The fetch handler: notify and return paths go to the receiver, every other request to `options.fallback` (default 404).
 */
export function alipayEscrow<Env = unknown>(
  options: WorkerReceiverInput<Env>,
  routes: AlipayEscrowWorkerRoutes<Env> = {},
): { fetch: WorkerFetchHandler<Env> } {
  return workerRoutes(receiverFor(receiver), options);
}
