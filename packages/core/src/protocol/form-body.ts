import { AlipayEscrowError } from '../errors/error.js';

/** One parameter of a form body, still as bytes: nothing decoded with a charset yet. */
export interface RawParam {
  /** The name's bytes, percent-decoded ('+' → space). */
  name: Uint8Array;
  /** The name as text (latin-1 view of the bytes; names are ASCII in practice). */
  key: string;
  /** The value's bytes, percent-decoded ('+' → space). */
  value: Uint8Array;
}

const PLUS = 0x2b;
const PERCENT = 0x25;
const AMP = 0x26;
const EQ = 0x3d;

function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  return -1;
}

function decodeSegment(body: Uint8Array, start: number, end: number, plusIsSpace = true): Uint8Array {
  let plain = true;
  for (let i = start; i < end; i++) {
    const b = body[i]!;
    if (b === PERCENT || (b === PLUS && plusIsSpace)) {
      plain = false;
      break;
    }
  }
  // Nothing to unescape: a view of the body, no copy.
  if (plain) return body.subarray(start, end);
  const out = new Uint8Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    const b = body[i]!;
    if (b === PLUS && plusIsSpace) out[n++] = 0x20;
    else if (b === PERCENT) {
      const hi = i + 2 < end ? hexValue(body[i + 1]!) : -1;
      const lo = hi >= 0 ? hexValue(body[i + 2]!) : -1;
      if (lo < 0) {
        const seen = latin1(body.subarray(i, Math.min(i + 3, end)));
        throw new AlipayEscrowError('MALFORMED_BODY', `Bad percent escape "${seen}" at byte ${i} of the body.`, {
          hint: 'Alipay always sends %XX with two hex digits; this body was altered or is not a form body. Pass the raw request bytes.',
        });
      }
      out[n++] = (hi << 4) | lo;
      i += 2;
    } else out[n++] = b;
  }
  return n === out.length ? out : out.slice(0, n);
}

export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * Parses an application/x-www-form-urlencoded body (or a query string) over BYTES: '+' → space,
 * %XX → byte, names kept exactly as sent (no PHP-style `a.b` → `a_b`). A bad escape or a repeated
 * name is rejected, and so is a segment without '=': a genuine Alipay message has none of them.
 * Empty segments (`a=1&&b=2`) are skipped.
 */
export function parseFormBody(body: Uint8Array, options: { plusIsSpace?: boolean } = {}): RawParam[] {
  const plus = options.plusIsSpace ?? true;
  const params: RawParam[] = [];
  const seen = new Set<string>();
  let start = 0;
  while (start <= body.length) {
    let end = body.indexOf(AMP, start);
    if (end < 0) end = body.length;
    if (end > start) {
      const eq = body.indexOf(EQ, start);
      if (eq < 0 || eq > end) {
        throw new AlipayEscrowError(
          'MALFORMED_BODY',
          `Segment "${printable(latin1(body.subarray(start, Math.min(end, start + 40))))}" at byte ${start} has no '='.`,
          {
            hint: 'Every parameter of a form body looks like name=value; this body was altered or is not a form body. Pass the raw request bytes.',
          },
        );
      }
      const name = decodeSegment(body, start, eq, plus);
      const value = decodeSegment(body, eq + 1, end, plus);
      const key = latin1(name);
      if (key.length === 0) {
        throw new AlipayEscrowError('MALFORMED_BODY', `A parameter without a name at byte ${start} of the body.`, {
          hint: 'Every parameter must look like name=value; pass the raw, unmodified request bytes.',
        });
      }
      if (seen.has(key)) {
        throw new AlipayEscrowError('DUPLICATE_PARAM', `Parameter "${printable(key, 60)}" appears more than once.`, {
          hint: 'Alipay sends each parameter once; a repeated name means the message was altered (a forged value may hide behind the genuine one).',
          field: printable(key, 60),
        });
      }
      seen.add(key);
      params.push({ name, key, value });
    }
    start = end + 1;
  }
  return params;
}

/**
 * A received name for an error message: anything but printable ASCII written as `\xNN`, and cut
 * to `max` characters (with `…`) so an attacker's 60 KiB name does not become a 60 KiB message.
 */
export function printable(key: string, max = Infinity): string {
  const cut = key.length > max ? key.slice(0, max) : key;
  return (
    cut.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`) +
    (cut === key ? '' : '…')
  );
}
