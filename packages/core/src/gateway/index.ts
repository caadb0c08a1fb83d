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
