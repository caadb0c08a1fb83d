/**
 * `@alipay-escrow/core/gateway`: the signed calls to Alipay's gateway (notify_verify, send goods,
 * query, close) with every input and reply type, and `notifyIdChecker` to check notify_ids with a
 * client when verifying messages yourself. Importing it installs GBK and RSA, as the root entry does.
 *
 * @module gateway
 */
import { installFullSupport } from '../full-support.js';

installFullSupport();

export { createGatewayClient } from './client.js';
export { notifyIdChecker } from './notify-verify.js';
export { TRANSPORT_TYPES } from './validate.js';
export type {
  CloseTradeInput,
  CloseTradeResult,
  GatewayClient,
  GatewayClientOptions,
  GatewayRefusal,
  GatewayTradeStatus,
  ReplySignState,
  SendGoodsInput,
  SendGoodsResult,
  TradeQueryInput,
  TradeQueryResult,
  TradeReply,
  TransportType,
} from './types.js';
