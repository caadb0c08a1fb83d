import { AlipayEscrowError } from '@alipay-escrow/core';
import { normalizeCharset, type Charset } from '@alipay-escrow/core/charset';
import { parseCharsetOption } from './options/charset.js';
import { UsageError } from './usage-error.js';

/**
 * The charset a request is signed in: `--charset`, else the request's own `_input_charset`, else
 * utf-8. When both are given they must agree — the gateway decodes and checks the signature with
 * `_input_charset`, so signing other bytes can only produce ILLEGAL_SIGN.
 */
export function requestCharset(option: string | undefined, params: Record<string, string>): Charset {
  const declared = params['_input_charset'];
  if (declared === undefined || declared === '') return parseCharsetOption(option);
  let fromParams: Charset;
  try {
    fromParams = normalizeCharset(declared);
  } catch (error) {
    if (!AlipayEscrowError.is(error)) throw error;
    throw new UsageError(
      `_input_charset ${JSON.stringify(declared)} is not a charset the gateway accepts: use utf-8 or gbk.`,
      {
        code: 'CHARSET_UNSUPPORTED',
      },
    );
  }
  if (option === undefined) return fromParams;
  const fromOption = parseCharsetOption(option);
  if (fromOption !== fromParams) {
    throw new UsageError(`--charset ${fromOption} contradicts _input_charset=${declared} in the parameters.`, {
      code: 'CHARSET_MISMATCH',
      hint: 'The gateway checks the signature over the bytes of _input_charset; make them agree (or drop --charset).',
    });
  }
  return fromOption;
}
