import type { SignType } from '@alipay-escrow/core/protocol';
import { UsageError } from '../usage-error.js';

/**
 * `--sign-type MD5|RSA` (any letter case). Without it, the presence of an RSA key file decides:
 * RSA when one was given, else MD5.
 */
export function parseSignTypeOption(value: string | undefined, rsaKeyGiven: boolean): SignType {
  if (value === undefined) return rsaKeyGiven ? 'RSA' : 'MD5';
  const upper = value.toUpperCase();
  if (upper === 'MD5' || upper === 'RSA') return upper;
  throw new UsageError(`--sign-type ${JSON.stringify(value)} is not supported: use MD5 or RSA.`, {
    code: 'SIGN_TYPE_UNSUPPORTED',
    hint: 'MD5 is the escrow default; RSA is SHA1withRSA. DSA is not implemented.',
  });
}
