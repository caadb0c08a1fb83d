/**
 * A logged message read for a person: its parameters decoded in the charset it was sent in, and
 * its raw bytes as text (printable ASCII as is, any other byte as \xNN), so a GBK body shows
 * what was really on the wire.
 */
import { decodeBytes, type Charset } from '@alipay-escrow/core/charset';
import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { parseFormBody, type RawParam } from '@alipay-escrow/core/protocol';

export interface LoggedParam {
  name: string;
  value: string;
  /** True when the value is not valid in the message's charset (`value` then shows its bytes). */
  undecodable: boolean;
}

export interface ReadMessage {
  charset: Charset;
  /** null when the bytes are not a form body (`error` says why). */
  params: LoggedParam[] | null;
  error: string | null;
  /** false when the log kept only a prefix of the bytes. */
  complete: boolean;
  rawText: string;
}

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

/** The raw bytes as text: printable ASCII kept, everything else `\xNN` (a `\` itself is `\x5c`). */
export function rawBytesText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return out;
}

/**
 * The charset of a message: `_input_charset` or `charset` when it names one (gateway requests and
 * replies), else the shop's own (Alipay notifies and returns in the charset the order was signed in).
 */
function charsetOf(params: RawParam[], fallback: Charset): Charset {
  for (const name of ['_input_charset', 'charset']) {
    const p = params.find((x) => x.key === name);
    const value = p ? latin1(p.value).trim().toLowerCase() : '';
    if (value === 'gbk' || value === 'utf-8' || value === 'utf8') return value === 'gbk' ? 'gbk' : 'utf-8';
  }
  return fallback;
}

export function readLoggedMessage(
  entry: Pick<NotificationLogEntry, 'raw' | 'rawSize'>,
  shopCharset: Charset,
): ReadMessage {
  const raw = entry.raw ?? new Uint8Array();
  const complete = entry.rawSize === undefined || raw.length === entry.rawSize;
  const rawText = rawBytesText(raw);
  let parsed: RawParam[];
  try {
    parsed = parseFormBody(raw);
  } catch (e) {
    return { charset: shopCharset, params: null, error: e instanceof Error ? e.message : String(e), complete, rawText };
  }
  const charset = charsetOf(parsed, shopCharset);
  const params = parsed.map((p): LoggedParam => {
    try {
      return { name: p.key, value: decodeBytes(p.value, charset), undecodable: false };
    } catch {
      return { name: p.key, value: rawBytesText(p.value), undecodable: true };
    }
  });
  return { charset, params, error: null, complete, rawText };
}
