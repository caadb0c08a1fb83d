/**
 * The gateway's checks on a signed request, in order: partner (ILLEGAL_PARTNER), sign_type
 * (ILLEGAL_SIGN_TYPE; ILLEGAL_SECURITY_PROFILE when the sandbox has no key of that type), sign
 * (ILLEGAL_SIGN) — over the received bytes, exactly as the merchant's library signs them.
 */
import { AlipayEscrowError, verifyBytes, type Charset, type RawParam, type SignType } from '@alipay-escrow/core';
import { verifyingKeys, type ResolvedConfig } from '../config.js';
import { plainValue } from './request-params.js';

const AMP = 0x26;
const EQ = 0x3d;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * The pre-sign bytes of a received request (SPEC §3): every parameter but sign and sign_type,
 * empty ones dropped, sorted by name bytes, `name=value` joined with `&` — straight from the
 * received bytes, so nothing is lost to a decode/re-encode round trip.
 */
export function receivedPresign(params: readonly RawParam[]): Uint8Array {
  const signed = params.filter((p) => p.key !== 'sign' && p.key !== 'sign_type' && p.value.length > 0).sort((a, b) => compareBytes(a.name, b.name));
  const parts: number[] = [];
  signed.forEach((p, i) => {
    if (i > 0) parts.push(AMP);
    parts.push(...p.name, EQ, ...p.value);
  });
  return new Uint8Array(parts);
}

export async function verifySignedRequest(params: readonly RawParam[], config: ResolvedConfig, charset: Charset): Promise<SignType> {
  const partner = plainValue(params, 'partner');
  if (partner !== config.partner) {
    throw new AlipayEscrowError('ILLEGAL_PARTNER', partner === undefined ? 'partner is missing.' : `partner ${JSON.stringify(partner)} is not known to this gateway.`, {
      hint: `The sandbox knows one partner, ${config.partner}: use the partner id the sandbox was started with.`,
      field: 'partner',
    });
  }
  const signType = plainValue(params, 'sign_type');
  if (signType !== 'MD5' && signType !== 'RSA') {
    throw new AlipayEscrowError('ILLEGAL_SIGN_TYPE', signType === undefined ? 'sign_type is missing.' : `sign_type ${JSON.stringify(signType)} is not accepted.`, {
      hint: 'Send sign_type=MD5 or sign_type=RSA, in upper case (C p14). The sandbox does not emulate DSA.',
      field: 'sign_type',
    });
  }
  const keys = verifyingKeys(config, signType);
  if (keys === undefined) {
    throw new AlipayEscrowError('ILLEGAL_SECURITY_PROFILE', `The partner has no ${signType} key configured.`, {
      hint: signType === 'RSA' ? "Start the sandbox with the merchant's RSA public key, or sign with MD5." : 'Start the sandbox with the MD5 key, or sign with RSA.',
      field: 'sign_type',
    });
  }
  const sign = plainValue(params, 'sign');
  if (sign === undefined || !(await verifyBytes(receivedPresign(params), sign, keys, charset))) {
    throw new AlipayEscrowError('ILLEGAL_SIGN', sign === undefined ? 'sign is missing.' : 'The signature does not match the parameters.', {
      hint: 'Sign every sent parameter except sign and sign_type, empty ones left out, sorted, joined raw (not URL-encoded), in the bytes of _input_charset, with the right key (SPEC §3).',
      field: 'sign',
    });
  }
  return signType;
}
