const SECRET_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

/** The headers worth keeping first when there are too many: what tells who sent what. */
const FIRST = [
  'content-type',
  'content-length',
  'user-agent',
  'host',
  'x-forwarded-for',
  'x-real-ip',
  'forwarded',
  'cf-connecting-ip',
  'cookie',
  'authorization',
  'proxy-authorization',
];

/** At most this many headers are logged. */
export const MAX_LOGGED_HEADERS = 32;
/** A longer header name or value is cut to this many characters. */
export const MAX_HEADER_CHARS = 256;
/** The logged headers, as JSON text, stay under this many UTF-8 bytes. */
export const MAX_HEADER_BYTES = 1536;
/** Names the headers left out (not a valid header name, so it cannot be mistaken for one). */
export const OMITTED_HEADERS = '[omitted]';

/**
 * How many UTF-8 bytes `text` takes inside JSON.stringify's output (quotes not counted), worked
 * out without making the string: `"` and `\` take 2, control characters 2 (`\n` and the like) or 6
 * (`\u00XX`), other characters 1 to 3 per code unit, a surrogate pair 4, a lone surrogate 6 (`\uXXXX`).
 */
function jsonTextBytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) bytes += c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d ? 2 : 6;
    else if (c === 0x22 || c === 0x5c) bytes += 2;
    else if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else bytes += 3;
  }
  return bytes;
}

const cut = (text: string): string =>
  text.length > MAX_HEADER_CHARS ? `${text.slice(0, MAX_HEADER_CHARS - 1)}…` : text;

/**
 * The request's headers for the log, with credentials replaced by `[redacted]` and bounded: the
 * informative ones first (content-type, user-agent, forwarding headers), then the rest by name, at
 * most MAX_LOGGED_HEADERS of them, names and values cut to MAX_HEADER_CHARS, MAX_HEADER_BYTES in
 * all. What did not fit is counted under `[omitted]`.
 */
export function redactHeaders(headers: Headers): Record<string, string> {
  const all: [string, string][] = [];
  headers.forEach((value, name) => {
    all.push([name, SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value]);
  });
  const rank = (name: string): number => {
    const i = FIRST.indexOf(name);
    return i === -1 ? FIRST.length : i;
  };
  all.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

  const out: Record<string, string> = {};
  // Room for the braces and the [omitted] note.
  let bytes = 2 + 40;
  let kept = 0;
  for (const [name, value] of all) {
    const entry: [string, string] = [cut(name), cut(value)];
    // The UTF-8 size of JSON.stringify(entry), ["name","value"] ≈ "name":"value",
    const size = 7 + jsonTextBytes(entry[0]) + jsonTextBytes(entry[1]);
    if (kept >= MAX_LOGGED_HEADERS || bytes + size > MAX_HEADER_BYTES) continue;
    out[entry[0]] = entry[1];
    bytes += size;
    kept++;
  }
  if (kept < all.length) out[OMITTED_HEADERS] = `${all.length - kept} header(s) left out of the log`;
  return out;
}
