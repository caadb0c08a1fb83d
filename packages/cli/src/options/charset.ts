import { AlipayEscrowError } from '@alipay-escrow/core';
import { normalizeCharset, type Charset } from '@alipay-escrow/core/charset';
import { UsageError } from '../usage-error.js';

/** `--charset utf-8|gbk` (gb2312 is read as gbk); a label the gateway does not accept is a usage error. */
export function parseCharsetOption(label: string | undefined, fallback: Charset = 'utf-8'): Charset {
  if (label === undefined) return fallback;
  try {
    return normalizeCharset(label);
  } catch (error) {
    if (!AlipayEscrowError.is(error)) throw error;
    throw new UsageError(`--charset ${JSON.stringify(label)} is not supported: use utf-8 or gbk.`, {
      code: error.code,
      hint: 'The charset must equal the _input_charset of your requests (gb2312 is treated as gbk).',
    });
  }
}
