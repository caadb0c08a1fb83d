import { AlipayEscrowError } from '../errors/error.js';

/** The charsets the gateway accepts as `_input_charset` (gb2312 is treated as gbk, its superset). */
export type Charset = 'utf-8' | 'gbk';

const ACCEPTED = 'utf-8 (or utf8), gbk, gb2312 (treated as gbk); letter case does not matter';

/**
 * Maps a charset label (a config value or a received `_input_charset`) to a `Charset`.
 * Case-insensitive; nothing is trimmed, so `" gbk"` is an error rather than a silent guess.
 */
export function normalizeCharset(label: string): Charset {
  switch (label.toLowerCase()) {
    case 'utf-8':
    case 'utf8':
      return 'utf-8';
    case 'gbk':
    case 'gb2312':
      return 'gbk';
    default:
      throw new AlipayEscrowError(
        'CHARSET_UNSUPPORTED',
        `Unsupported charset ${JSON.stringify(label)}. Accepted: ${ACCEPTED}.`,
        { hint: 'Use "utf-8" or "gbk", spelled exactly, without surrounding spaces.' },
      );
  }
}
