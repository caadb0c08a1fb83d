/**
 * The gateway's checks on a signed request, in order: partner (ILLEGAL_PARTNER), sign_type
 * (ILLEGAL_SIGN_TYPE; ILLEGAL_SECURITY_PROFILE when the sandbox has no key of that type), names and
 * values that would make the pre-sign string ambiguous (ILLEGAL_ARGUMENT, see ambiguous-request.ts),
 * sign (ILLEGAL_SIGN) — over the received bytes, exactly as the merchant's library signs them.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { rawPresignBytes, verifyBytes, type RawParam, type SignType } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import { verifyingKeys, type ResolvedConfig } from '../config.js';
import { refuseAmbiguousParams } from './ambiguous-request.js';
import { plainValue } from './request-params.js';

export async function verifySignedRequest(
  params: readonly RawParam[],
  config: ResolvedConfig,
  charset: Charset,
): Promise<SignType> {
  const partner = plainValue(params, 'partner');
  if (partner !== config.partner) {
    throw new AlipayEscrowError(
      'ILLEGAL_PARTNER',
      partner === undefined
        ? 'partner is missing.'
        : `partner ${JSON.stringify(partner)} is not known to this gateway.`,
      {
        hint: `The sandbox knows one partner, ${config.partner}: use the partner id the sandbox was started with.`,
        field: 'partner',
      },
    );
  }
  const signType = plainValue(params, 'sign_type');
  if (signType !== 'MD5' && signType !== 'RSA') {
    throw new AlipayEscrowError(
      'ILLEGAL_SIGN_TYPE',
      signType === undefined ? 'sign_type is missing.' : `sign_type ${JSON.stringify(signType)} is not accepted.`,
      {
        hint: 'Send sign_type=MD5 or sign_type=RSA, in upper case (Alipay escrow interface spec, p. 14). The sandbox does not emulate DSA.',
        field: 'sign_type',
      },
    );
  }
  const keys = verifyingKeys(config, signType);
  if (keys === undefined) {
    throw new AlipayEscrowError('ILLEGAL_SECURITY_PROFILE', `The partner has no ${signType} key configured.`, {
      hint:
        signType === 'RSA'
          ? "Start the sandbox with the merchant's RSA public key, or sign with MD5."
          : 'Start the sandbox with the MD5 key, or sign with RSA.',
      field: 'sign_type',
    });
  }
  refuseAmbiguousParams(params);
  const sign = plainValue(params, 'sign');
  if (sign === undefined || !(await verifyBytes(rawPresignBytes(params), sign, keys, charset))) {
    throw new AlipayEscrowError(
      'ILLEGAL_SIGN',
      sign === undefined ? 'sign is missing.' : 'The signature does not match the parameters.',
      {
        hint: 'Sign every sent parameter except sign and sign_type, empty ones left out, sorted, joined raw (not URL-encoded), in the bytes of _input_charset, with the right key.',
        field: 'sign',
      },
    );
  }
  return signType;
}
