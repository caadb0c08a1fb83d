import { closeTrade } from './close-trade.js';
import { notifyVerify } from './notify-verify.js';
import { resolveGatewayOptions } from './options.js';
import { sendGoods } from './send-goods.js';
import { singleTradeQuery } from './trade-query.js';
import type { GatewayClient, GatewayClientOptions } from './types.js';

/**
 * A client for the gateway's server-to-server calls. Options are checked now (ILLEGAL_PARTNER,
 * CONFIG_INVALID, KEY_INVALID, CHARSET_UNSUPPORTED …), so a misconfiguration fails at start-up.
 * The methods are plain functions: `const { notifyVerify } = client` works.
 */
export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const ctx = resolveGatewayOptions(options);
  return Object.freeze({
    notifyVerify: (notifyId: string) => notifyVerify(ctx, notifyId),
    sendGoods: (input) => sendGoods(ctx, input),
    singleTradeQuery: (input) => singleTradeQuery(ctx, input),
    closeTrade: (input) => closeTrade(ctx, input),
  } satisfies GatewayClient);
}
