import type { Charset } from '../charset/charset.js';
import { decodeBytes, isValidUtf8 } from '../charset/decode.js';
import { AlipayEscrowError } from '../errors/error.js';
import { latin1, parseFormBody, type RawParam } from './form-body.js';

/** A logged message's bytes read back for a person (a log page, a console, `alipay-escrow logs`). */
export interface LoggedMessage {
  /**
   * The charset the values were decoded with: `utf-8` when every value is valid UTF-8, else `gbk`
   * when every value decodes as GBK; null when the bytes are not a form body or decode in neither.
   */
  charset: Charset | null;
  /** Every parameter in the order received, decoded with `charset` (empty when charset is null). */
  params: [string, string][];
  /** The whole raw text, decoded with `charset` (percent escapes kept); latin-1 when charset is null. */
  text: string;
  /** Why the bytes could not be read as a form body; null when they could. */
  problem: string | null;
}

/**
 * Reads the raw bytes of a log entry (a notify body or a return query string) back into
 * parameters, guessing the charset the way a person would: UTF-8 when every value is valid UTF-8
 * (ASCII is both), else GBK. Never throws — the bytes may be a forgery of any shape; `problem`
 * says what could not be read. The result is text to DISPLAY: escape it for the page or terminal
 * it goes to (it is whatever the sender wrote).
 */
export function readLoggedMessage(raw: Uint8Array): LoggedMessage {
  let pairs: RawParam[];
  try {
    pairs = parseFormBody(raw);
  } catch (error) {
    const problem = AlipayEscrowError.is(error) ? error.message : 'The bytes are not a form body.';
    return { charset: null, params: [], text: latin1(raw), problem };
  }
  const charset: Charset | null =
    pairs.every((p) => isValidUtf8(p.value) && isValidUtf8(p.name)) && isValidUtf8(raw)
      ? 'utf-8'
      : decodesAsGbk(pairs, raw)
        ? 'gbk'
        : null;
  if (charset === null) {
    return { charset, params: [], text: latin1(raw), problem: 'The values decode neither as UTF-8 nor as GBK.' };
  }
  return {
    charset,
    params: pairs.map((p) => [p.key, decodeBytes(p.value, charset)]),
    text: decodeBytes(raw, charset),
    problem: null,
  };
}

function decodesAsGbk(pairs: RawParam[], raw: Uint8Array): boolean {
  try {
    for (const p of pairs) decodeBytes(p.value, 'gbk');
    decodeBytes(raw, 'gbk');
    return true;
  } catch {
    return false;
  }
}
