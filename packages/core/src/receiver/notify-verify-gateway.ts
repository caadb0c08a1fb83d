import { AlipayEscrowError } from '../errors/error.js';
import { notifyVerify } from '../gateway/notify-verify.js';
import type { GatewayContext } from '../gateway/options.js';
import type { GatewayClient } from '../gateway/types.js';
import type { CheckedMerchant } from '../protocol/validate-merchant.js';

function onlyReceives(call: string): () => Promise<never> {
  return async () => {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `${call} is not part of a receiver: createReceiver only answers notify_url and return_url.`,
      {
        hint: "Call it from an app built with createEscrow from '@alipay-escrow/core'.",
        field: 'gateway',
        status: 500,
      },
    );
  };
}

/**
 * The gateway as a receiver needs it: notify_verify, and nothing that builds, signs or parses a
 * signed call (send goods, query and close stay out of the receiver's bundle).
 */
export function notifyVerifyGateway(config: CheckedMerchant): GatewayClient {
  // The merchant is checked already (partner, keys, charset, gateway URL): what createGatewayClient
  // would check again is only that a fetch exists, and its defaults are filled in as it fills them.
  const fetchFn = globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined;
  if (typeof fetchFn !== 'function') {
    throw new AlipayEscrowError('CONFIG_INVALID', 'No fetch function is available for notify_verify.', {
      hint: 'Run on a runtime with a global fetch, or pass gateway: createGatewayClient({ …, fetch }).',
      field: 'fetch',
      status: 500,
    });
  }
  const ctx: GatewayContext = {
    partner: config.partner,
    keys: config.keys,
    charset: config.charset,
    gatewayUrl: config.gateway.url,
    fetch: fetchFn,
    timeoutMs: 15_000,
    verifyResponseSign: true,
  };
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
