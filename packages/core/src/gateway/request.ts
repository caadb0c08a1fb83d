/**
 * One HTTP exchange with the gateway under a deadline that covers headers and body. Every failure
 * becomes an AlipayEscrowError: GATEWAY_TIMEOUT, GATEWAY_NETWORK_ERROR, GATEWAY_HTTP_ERROR (via
 * `requireHttpOk`), or GATEWAY_RESPONSE_INVALID for an oversized body.
 */
import { AlipayEscrowError } from '../errors/error.js';
import type { GatewayContext } from './options.js';
import { concatBytes } from '../protocol/presign.js';

/** The gateway's replies are a few KiB; anything near this is not the gateway. */
const MAX_BODY_BYTES = 1024 * 1024;

export interface GatewayHttpRequest {
  method: 'GET' | 'POST';
  url: string;
  /** An application/x-www-form-urlencoded body (already percent-encoded, so ASCII). */
  form?: string;
  /** For messages: `notify_verify`, `send_goods_confirm_by_platform`, … */
  service: string;
}

export interface GatewayHttpResponse {
  status: number;
  bytes: Uint8Array;
}

function timeoutError(req: GatewayHttpRequest, ms: number): AlipayEscrowError {
  return new AlipayEscrowError('GATEWAY_TIMEOUT', `${req.service}: the gateway did not answer within ${ms} ms.`, {
    hint: 'Retry later; if it keeps happening, check outbound HTTPS to the gateway or raise timeoutMs.',
    status: 504,
  });
}

async function readLimited(res: Response, req: GatewayHttpRequest): Promise<Uint8Array> {
  const tooLarge = (): AlipayEscrowError =>
    new AlipayEscrowError(
      'GATEWAY_RESPONSE_INVALID',
      `${req.service}: the reply is larger than ${MAX_BODY_BYTES} bytes.`,
      {
        hint: 'Check that gatewayUrl points at the Alipay gateway (or the sandbox).',
        status: 502,
      },
    );
  if (!res.body) {
    const whole = new Uint8Array(await res.arrayBuffer());
    if (whole.length > MAX_BODY_BYTES) throw tooLarge();
    return whole;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks, size);
}

/**
 * Sends `req` and reads the whole body (any HTTP status) before the deadline. Throws
 * GATEWAY_TIMEOUT, GATEWAY_NETWORK_ERROR, or GATEWAY_RESPONSE_INVALID for an oversized body.
 */
export async function exchangeWithGateway(ctx: GatewayContext, req: GatewayHttpRequest): Promise<GatewayHttpResponse> {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A fetch that ignores the abort signal still cannot hold the caller past the deadline.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(timeoutError(req, ctx.timeoutMs));
    }, ctx.timeoutMs);
  });
  deadline.catch(() => {});
  const init: RequestInit = { method: req.method, signal: controller.signal };
  if (req.form !== undefined) {
    init.body = req.form;
    init.headers = { 'content-type': 'application/x-www-form-urlencoded' };
  }
  try {
    let res: Response;
    try {
      // Called without a receiver: an unbound global fetch throws "Illegal invocation" on workerd
      // when called as a method of another object.
      const fetchFn = ctx.fetch;
      res = await Promise.race([fetchFn(req.url, init), deadline]);
    } catch (cause) {
      if (timedOut) throw timeoutError(req, ctx.timeoutMs);
      throw new AlipayEscrowError(
        'GATEWAY_NETWORK_ERROR',
        `${req.service}: the request to the gateway failed before any answer.`,
        {
          hint: 'Check DNS and outbound HTTPS to the gateway host, then retry (send goods is idempotent, Alipay send-goods access rules, p. 6).',
          status: 502,
          cause,
        },
      );
    }
    try {
      return { status: res.status, bytes: await Promise.race([readLimited(res, req), deadline]) };
    } catch (cause) {
      if (timedOut) throw timeoutError(req, ctx.timeoutMs);
      if (AlipayEscrowError.is(cause)) throw cause;
      throw new AlipayEscrowError(
        'GATEWAY_NETWORK_ERROR',
        `${req.service}: the connection broke while reading the reply.`,
        {
          hint: 'Retry the call (send goods is idempotent, Alipay send-goods access rules, p. 6); query the trade first if unsure whether it went through.',
          status: 502,
          cause,
        },
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Throws GATEWAY_HTTP_ERROR unless the status is 2xx. */
export function requireHttpOk(res: GatewayHttpResponse, service: string): GatewayHttpResponse {
  if (res.status >= 200 && res.status <= 299) return res;
  throw new AlipayEscrowError('GATEWAY_HTTP_ERROR', `${service}: the gateway answered HTTP ${res.status}.`, {
    hint: 'A 5xx is usually temporary: retry later. A 4xx means gatewayUrl is wrong.',
    status: 502,
  });
}
