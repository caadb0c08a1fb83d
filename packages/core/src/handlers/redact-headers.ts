const SECRET_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

/** The headers worth keeping first when there are too many: what tells who sent what. */
const FIRST = [
  'content-type', 'content-length', 'user-agent', 'host', 'x-forwarded-for', 'x-real-ip', 'forwarded', 'cf-connecting-ip',
  'cookie', 'authorization', 'proxy-authorization',
];

/** At most this many headers are logged. */
export const MAX_LOGGED_HEADERS = 32;
/** A longer header name or value is cut to this many characters. */
export const MAX_HEADER_CHARS = 256;
/** The logged headers, as JSON text, stay under this many UTF-8 bytes. */
export const MAX_HEADER_BYTES = 1536;
/** Names the headers left out (not a valid header name, so it cannot be mistaken for one). */
export const OMITTED_HEADERS = '[omitted]';

const encoder = new TextEncoder();

const cut = (text: string): string => (text.length > MAX_HEADER_CHARS ? `${text.slice(0, MAX_HEADER_CHARS - 1)}…` : text);

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
    const size = encoder.encode(JSON.stringify(entry)).length; // ["name","value"] ≈ "name":"value",
    if (kept >= MAX_LOGGED_HEADERS || bytes + size > MAX_HEADER_BYTES) continue;
    out[entry[0]] = entry[1];
    bytes += size;
    kept++;
  }
  if (kept < all.length) out[OMITTED_HEADERS] = `${all.length - kept} header(s) left out of the log`;
  return out;
}
