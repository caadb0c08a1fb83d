import type { Charset } from '../charset/index.js';
import type { GatewayErrorCode } from '../errors/codes.js';
import type { NotifyIdChecker, SignatureKeys } from '../protocol/sign-types.js';

/**
 * Options of {@link createGatewayClient}. They are checked when the client is created: a bad
 * partner throws ILLEGAL_PARTNER, a bad MD5 key KEY_INVALID, an unknown sign type
 * SIGN_TYPE_UNSUPPORTED, an unknown charset CHARSET_UNSUPPORTED, a bad `gatewayUrl`, `timeoutMs`
 * or `verifyResponseSign` or a missing `fetch` CONFIG_INVALID.
 */
export interface GatewayClientOptions {
  /** The 16-digit partner id (2088…). */
  partner: string;
  /** MD5 key, or RSA keys (the private key signs requests, Alipay's public key checks replies). */
  keys: SignatureKeys;
  /** `_input_charset` of every signed call: what the request is signed and encoded in. */
  charset: Charset;
  /** Default `https://mapi.alipay.com/gateway.do`; http only for a loopback sandbox. */
  gatewayUrl?: string;
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Per call, covering the response body too. Default 15000. */
  timeoutMs?: number;
  /**
   * Check the `<sign>` of XML replies. Default true: a wrong sign throws RESPONSE_SIGN_INVALID, and
   * so does a trade record (send goods, single_trade_query) with no sign or an empty `<sign/>`.
   * Setting it to false makes reconcile and sendGoods apply whatever the connection to gatewayUrl
   * returns (a wrong gateway URL, a rewriting proxy or a spoofed DNS answer could then mark orders
   * paid); do it only for a gateway of your own that does not sign.
   */
  verifyResponseSign?: boolean;
}

/** send-goods transport types (S table 9-4): 平邮, 其他快递, EMS, 无需物流. */
export type TransportType = 'POST' | 'EXPRESS' | 'EMS' | 'DIRECT';

/**
 * Input of {@link GatewayClient.sendGoods} (`send_goods_confirm_by_platform`). Checked before
 * anything is sent: a missing or out-of-range text throws ILLEGAL_ARGUMENT (FIELD_TOO_LONG when too
 * long), a bad transport type or `sellerIp` ILLEGAL_ARGUMENT, neither transport type
 * TRANSPORT_TYPE_MISSING.
 */
export interface SendGoodsInput {
  /** Alipay's trade number (`trade_no`), 16–64 characters. */
  tradeNo: string;
  /** Carrier name (`logistics_name`), 1–64 characters. */
  logisticsName: string;
  /** Waybill number (`invoice_no`), 1–32 characters. */
  invoiceNo?: string;
  /** How the goods were actually shipped. This or `createTransportType` is required. */
  transportType?: TransportType;
  /** The transport type chosen when the trade was created. */
  createTransportType?: TransportType;
  /** The seller's own public IPv4 address (`seller_ip`). */
  sellerIp?: string;
}

/** Give `tradeNo` (Alipay's number) or `outTradeNo` (yours), or both. */
export interface TradeQueryInput {
  /** Alipay's trade number (`trade_no`), 16–64 characters. */
  tradeNo?: string;
  /** Your order number (`out_trade_no`), 1–64 characters. */
  outTradeNo?: string;
}

/** Give `tradeNo` or `outOrderNo` (your order number; close_trade names it `out_order_no`). */
export interface CloseTradeInput {
  /** Alipay's trade number (`trade_no`), 16–64 characters. */
  tradeNo?: string;
  /** Your order number (`out_order_no`, the same value as `out_trade_no`), 1–64 characters. */
  outOrderNo?: string;
}

/** `trade_status` values (docs/internals/lifecycle.md#trade-status); others pass through as plain strings. */
export type GatewayTradeStatus =
  | 'WAIT_BUYER_PAY'
  | 'WAIT_SELLER_SEND_GOODS'
  | 'WAIT_BUYER_CONFIRM_GOODS'
  | 'TRADE_FINISHED'
  | 'TRADE_CLOSED'
  | 'TRADE_SUCCESS'
  | 'TRADE_PENDING'
  | 'COD_WAIT_SELLER_SEND_GOODS'
  | 'COD_WAIT_BUYER_PAY'
  | 'COD_WAIT_SYS_PAY_SELLER';

/**
 * The reply's `<sign>`: `true` checked and right; `'absent'` the reply carried none or an empty one
 * (the error replies of the spec have none; a trade record gets here unsigned only with
 * `verifyResponseSign: false`); `false` present but not checked (`verifyResponseSign: false`).
 * A present, wrong sign never gets here, nor (while checking is on) an unsigned trade record: they
 * throw RESPONSE_SIGN_INVALID.
 */
export type ReplySignState = boolean | 'absent';

/** `is_success=F`: the gateway refused. Not thrown, because some codes just mean "call again". */
export interface GatewayRefusal {
  /** Always false for a refusal; test it to tell a refusal from a success. */
  ok: false;
  /** The gateway's code, e.g. TRADE_NOT_EXIST, TRADE_STATUS_NOT_AVAILD, ILLEGAL_SIGN. */
  error: GatewayErrorCode | (string & {});
  /** True for RETRY and SYSTEM_ERROR: the call is idempotent, send it again (docs/internals/send-goods.md#retrying, SR p6). */
  retryable: boolean;
  /** Whether the reply's `<sign>` (which covers only `<error>`) was checked; see {@link ReplySignState}. */
  signVerified: ReplySignState;
  /** The reply XML as received (decoded text). */
  raw: string;
}

/** `is_success=T` with a trade record (`<tradeBase>` for send goods, `<trade>` for the query). */
export interface TradeReply {
  /** Always true: the gateway answered `is_success=T`. */
  ok: true;
  /** Alipay's trade number (`trade_no`) from the trade record. */
  tradeNo: string;
  /** `out_trade_no` (or `out_order_no`, as S table 5-1 names it), when the reply has it. */
  outTradeNo?: string;
  /**
   * The trade's `trade_status` as Alipay reports it; non-escrow values are passed through
   * unchanged.
   */
  tradeStatus: GatewayTradeStatus | (string & {});
  /** Every child of the trade element: name → entity-decoded text. */
  trade: Record<string, string>;
  /** Whether the reply's `<sign>` over the trade record was checked; see {@link ReplySignState}. */
  signVerified: ReplySignState;
  /** The reply XML as received (decoded text). */
  raw: string;
}

/**
 * What {@link GatewayClient.sendGoods} resolves to: the trade after shipment (`ok: true`) or the
 * gateway's refusal (`ok: false`).
 */
export type SendGoodsResult = TradeReply | GatewayRefusal;
/**
 * What {@link GatewayClient.singleTradeQuery} resolves to: the trade as Alipay sees it (`ok: true`)
 * or the gateway's refusal (`ok: false`), e.g. TRADE_NOT_EXIST.
 */
export type TradeQueryResult = TradeReply | GatewayRefusal;
/**
 * What {@link GatewayClient.closeTrade} resolves to: `ok: true` when the trade was closed (the
 * reply has no trade record), or the gateway's refusal.
 */
export type CloseTradeResult =
  | {
      /** True: the gateway answered `is_success=T`. */
      ok: true;
      /** Whether the reply's `<sign>` was checked; the documented success reply has none (`'absent'`). */
      signVerified: ReplySignState;
      /** The reply XML as received (decoded text). */
      raw: string;
    }
  | GatewayRefusal;

/**
 * The gateway's server-to-server calls, made by {@link createGatewayClient}. Every call signs its
 * parameters with the configured keys and POSTs them to the gateway.
 *
 * A refusal (`is_success=F`) is returned, not thrown. Thrown, as {@link AlipayEscrowError}:
 * ILLEGAL_ARGUMENT, FIELD_TOO_LONG or TRANSPORT_TYPE_MISSING for bad input (nothing is sent);
 * CHARSET_UNENCODABLE for a value the charset cannot represent; GATEWAY_TIMEOUT,
 * GATEWAY_NETWORK_ERROR and GATEWAY_HTTP_ERROR when the gateway cannot be reached;
 * GATEWAY_RESPONSE_INVALID for a reply that is not the documented XML; RESPONSE_SIGN_INVALID for a
 * reply whose `<sign>` is wrong, and for a trade record that carries none (see
 * {@link GatewayClientOptions.verifyResponseSign}).
 */
export interface GatewayClient {
  /**
   * Asks `notify_verify` whether a notify_id is genuine. Never throws for network trouble:
   * timeout → 'timeout', HTTP/network error → 'error', anything but `true` → 'rejected'.
   * A plain function (no `this`), so it can be passed on as a NotifyIdChecker.
   */
  notifyVerify: NotifyIdChecker;
  /** `send_goods_confirm_by_platform`: confirm shipment of an escrow trade. */
  sendGoods(input: SendGoodsInput): Promise<SendGoodsResult>;
  /** `single_trade_query`. */
  singleTradeQuery(input: TradeQueryInput): Promise<TradeQueryResult>;
  /** `close_trade`: close an unpaid trade. */
  closeTrade(input: CloseTradeInput): Promise<CloseTradeResult>;
}
