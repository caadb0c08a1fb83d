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

/** Options as given, or a Receiver from `createReceiver` (so one instance serves both routes). */
export type ReceiverInput = ReceiverOptions | Receiver;

/** ReceiverInput, or a function that builds it from the Worker's env (called once per env object). */
export type WorkerReceiverInput<Env> = ReceiverInput | ((env: Env) => ReceiverInput);

const receiverFor = <Env>(input: WorkerReceiverInput<Env>): ((env: Env) => Receiver) =>
  endpointsFor<Env, ReceiverOptions, Receiver>(input, createReceiver);

/**
 * notify_url (`Receiver.handleNotify`): answers exactly `success` or `fail`, as the full
 * entry's `notifyHandler` does, with the same client-address rule.
 */
export function notifyHandler<Env = unknown>(
  receiver: WorkerReceiverInput<Env>,
  address: WorkerClientAddressOptions = {},
): WorkerFetchHandler<Env> {
  return notifyRoute(receiverFor(receiver), address);
}

/** return_url (`Receiver.handleReturn`), as the full entry's `returnHandler` does. */
export function returnHandler<Env = unknown>(
  receiver: WorkerReceiverInput<Env>,
  address: WorkerClientAddressOptions = {},
): WorkerFetchHandler<Env> {
  return returnRoute(receiverFor(receiver), address);
}

/**
 * Both endpoints as a module worker: `export default alipayEscrow((env) => ({ … }))`, taking
 * createReceiver's options (`plugins: [gbk]` for a GBK merchant). Built once per env object, as
 * by the full entry's `alipayEscrow`.
 */
export function alipayEscrow<Env = unknown>(
  receiver: WorkerReceiverInput<Env>,
  options: AlipayEscrowOptions<Env> = {},
): AlipayWorker<Env> {
  return workerRoutes(receiverFor(receiver), options);
}
