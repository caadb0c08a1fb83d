import { resolveEscrowOptions } from '../escrow-app/deps.js';
import { handleNotify } from '../escrow-app/endpoints/handle-notify.js';
import { handleReturn } from '../escrow-app/endpoints/handle-return.js';
import type { Escrow, EscrowOptions } from '../escrow-app/types.js';
import type { GatewayClient } from '../gateway/types.js';
import type { EscrowPlugin } from '../plugins/plugin.js';
import { notifyVerifyGateway, withOnlyNotifyVerify } from './notify-verify-gateway.js';
import { installPlugins, requireMerchantParts } from './plugins.js';
import { asEscrowStore, type ReceiverStore } from './receiver-store.js';

/** Options of {@link createReceiver}: those of createEscrow, with a gateway that only needs notify_verify, and plug-ins. */
export interface ReceiverOptions extends Omit<EscrowOptions, 'gateway' | 'store'> {
  /**
   * Where orders, effects and the log live: a receiver store (`createSqliteReceiverStore`,
   * `createPostgresReceiverStore`) or any EscrowStore, shared with the app that creates the orders.
   */
  store: ReceiverStore;
  /**
   * What checks a notify_id with Alipay. Default: notify_verify against `merchant.gatewayUrl`
   * (a client from createGatewayClient fits too).
   */
  gateway?: Pick<GatewayClient, 'notifyVerify'>;
  /**
   * The optional parts this receiver needs: `gbk` from `@alipay-escrow/core/gbk` for
   * `charset: 'gbk'`, `rsa` from `@alipay-escrow/core/rsa` for RSA keys. Without the one the
   * merchant needs, createReceiver throws CONFIG_INVALID.
   */
  plugins?: readonly EscrowPlugin[];
}

/** The two endpoints of a receiver: notify_url and return_url, exactly as {@link Escrow} has them. */
export type Receiver = Pick<Escrow, 'handleNotify' | 'handleReturn'>;

/**
 * Alipay's notify_url and return_url without the rest of the library: no payment building, no
 * signed gateway calls (send goods, query, close), no XML, and GBK and RSA only when passed as
 * plug-ins. The endpoints behave exactly as createEscrow's (same verification, log, pipeline and
 * store), so a receiver and a full app can share one store. Options are checked now, as by
 * createEscrow, and a merchant that needs a plug-in not given throws CONFIG_INVALID.
 */
export function createReceiver(options: ReceiverOptions): Receiver {
  let escrowOptions = options as unknown as EscrowOptions; // not an object: resolveEscrowOptions says so
  if (options !== null && typeof options === 'object') {
    installPlugins(options.plugins);
    requireMerchantParts(options.merchant);
    const { gateway } = options;
    // `plugins` stays in the object: resolveEscrowOptions reads only the options it knows
    escrowOptions = {
      ...options,
      store: asEscrowStore(options.store),
      ...(gateway === undefined ? {} : { gateway: asGateway(gateway) }),
    } as EscrowOptions;
  }
  const deps = resolveEscrowOptions(escrowOptions, notifyVerifyGateway);
  return Object.freeze({
    handleNotify: (request, info) => handleNotify(deps, request, info),
    handleReturn: (request, info) => handleReturn(deps, request, info),
  } satisfies Receiver);
}

function asGateway(gateway: Pick<GatewayClient, 'notifyVerify'>): GatewayClient {
  if (gateway === null || typeof gateway !== 'object' || typeof gateway.notifyVerify !== 'function')
    return gateway as GatewayClient;
  return withOnlyNotifyVerify(gateway);
}
