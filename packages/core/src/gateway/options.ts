import { normalizeCharset, type Charset } from '../charset/charset.js';
import { AlipayEscrowError } from '../errors/error.js';
import { resolveGateway } from '../protocol/callback-url.js';
import { assertMd5Key } from '../protocol/md5-key.js';
import { unsupportedSignType } from '../protocol/sign.js';
import type { SignatureKeys } from '../protocol/sign-types.js';
import type { GatewayClientOptions } from './types.js';

/** Checked, defaulted options shared by every call. */
export interface GatewayContext {
  partner: string;
  keys: SignatureKeys;
  charset: Charset;
  gatewayUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  verifyResponseSign: boolean;
}

const MAX_TIMEOUT_MS = 2_147_483_647; // setTimeout's limit

function configError(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field, status: 500 });
}

function checkPartner(partner: unknown): string {
  if (typeof partner === 'string' && /^2088[0-9]{12}$/.test(partner)) return partner;
  const got = typeof partner === 'string' ? `${partner.length} characters` : typeof partner;
  throw new AlipayEscrowError('ILLEGAL_PARTNER', `partner must be 16 digits starting with 2088 (got ${got}).`, {
    hint: 'Copy the partner id (合作身份者ID, PID) from b.alipay.com → 技术服务, without spaces.',
    field: 'partner',
    status: 500,
  });
}

function checkKeys(keys: unknown): SignatureKeys {
  if (typeof keys !== 'object' || keys === null) {
    throw configError(
      'keys',
      'keys is missing.',
      'Pass { signType: "MD5", key } or { signType: "RSA", privateKey, alipayPublicKey }.',
    );
  }
  const k = keys as SignatureKeys;
  if (k.signType === 'MD5') assertMd5Key(k.key, 'keys.key');
  else if (k.signType !== 'RSA') throw unsupportedSignType((k as { signType: unknown }).signType);
  return k;
}

/** Validates the options (throws CONFIG_INVALID, ILLEGAL_PARTNER, KEY_INVALID …) and fills in defaults. */
export function resolveGatewayOptions(options: GatewayClientOptions): GatewayContext {
  if (typeof options !== 'object' || options === null) {
    throw configError('options', 'createGatewayClient needs an options object.', 'Pass { partner, keys, charset }.');
  }
  const fetchFn = options.fetch ?? (globalThis.fetch ? globalThis.fetch.bind(globalThis) : undefined);
  if (typeof fetchFn !== 'function') {
    throw configError(
      'fetch',
      'No fetch function is available.',
      'Pass `fetch` in the options, or run on a runtime with a global fetch.',
    );
  }
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > MAX_TIMEOUT_MS) {
    throw configError(
      'timeoutMs',
      `timeoutMs must be a positive number of milliseconds (got ${String(timeoutMs)}).`,
      'Leave it unset for 15000 (15 s).',
    );
  }
  const verify = options.verifyResponseSign ?? true;
  if (typeof verify !== 'boolean') {
    throw configError('verifyResponseSign', 'verifyResponseSign must be true or false.', 'Leave it unset (true).');
  }
  return {
    partner: checkPartner(options.partner),
    keys: checkKeys(options.keys),
    charset: normalizeCharset(String(options.charset)),
    gatewayUrl: resolveGateway(options.gatewayUrl).url,
    fetch: fetchFn,
    timeoutMs,
    verifyResponseSign: verify,
  };
}
