import { AlipayEscrowError } from '../errors/error.js';
import { notifyVerify } from '../gateway/notify-verify.js';
import { resolveGatewayOptions } from '../gateway/options.js';
import type { GatewayClient } from '../gateway/types.js';
import type { CheckedMerchant } from '../protocol/validate-merchant.js';

function onlyReceives(call: string): () => Promise<never> {
  return async () => {
    throw new AlipayEscrowError('CONFIG_INVALID', `${call} is not part of a receiver: createReceiver only answers notify_url and return_url.`, {
      hint: "Call it from an app built with createEscrow from '@alipay-escrow/core'.",
      field: 'gateway',
      status: 500,
    });
  };
}

/**
 * The gateway as a receiver needs it: notify_verify, and nothing that builds, signs or parses a
 * signed call (send goods, query and close stay out of the receiver's bundle).
 */
export function notifyVerifyGateway(config: CheckedMerchant): GatewayClient {
  const ctx = resolveGatewayOptions({ partner: config.partner, keys: config.keys, charset: config.charset, gatewayUrl: config.gateway.url });
  return withOnlyNotifyVerify({ notifyVerify: (notifyId: string) => notifyVerify(ctx, notifyId) });
}

/** A GatewayClient whose calls other than notifyVerify reject with CONFIG_INVALID. */
export function withOnlyNotifyVerify(gateway: Pick<GatewayClient, 'notifyVerify'>): GatewayClient {
  return Object.freeze({
    notifyVerify: gateway.notifyVerify,
    sendGoods: onlyReceives('sendGoods'),
    singleTradeQuery: onlyReceives('singleTradeQuery'),
    closeTrade: onlyReceives('closeTrade'),
  });
}
