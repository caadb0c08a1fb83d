/**
 * Host classification for URLs the gateway must reach. Takes `URL.hostname`, which the WHATWG
 * parser has already canonicalised (IPv4 shorthand like `0x7f.1` → `127.0.0.1`, IPv6 in brackets,
 * lower-case names), so spelling tricks do not get past these checks.
 */

function ipv4Octets(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^[0-9]{1,3}$/.test(p))) return undefined;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** `[::ffff:7f00:1]` → its 16-bit groups (expanded), or undefined when not IPv6. */
function ipv6Groups(host: string): number[] | undefined {
  if (!host.startsWith('[') || !host.endsWith(']')) return undefined;
  const inner = host.slice(1, -1);
  const [head = '', tail] = inner.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g, 16));
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function isLoopbackV4(o: number[]): boolean {
  return o[0] === 127;
}

function isNonPublicV4(o: number[]): boolean {
  const [a = 0, b = 0] = o;
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

/** `localhost.` is the same host as `localhost`. */
function withoutTrailingDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

function isLocalName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

/** localhost, *.localhost, 127.0.0.0/8, [::1]: a service on this machine. */
export function isLoopbackHost(host: string): boolean {
  const hostname = withoutTrailingDot(host);
  if (isLocalName(hostname)) return true;
  const v4 = ipv4Octets(hostname);
  if (v4) return isLoopbackV4(v4);
  const v6 = ipv6Groups(hostname);
  if (!v6) return false;
  if (v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1) return true;
  return isMappedV4(v6) && isLoopbackV4(mappedOctets(v6));
}

function isMappedV4(g: number[]): boolean {
  return g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
}

function mappedOctets(g: number[]): number[] {
  return [g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255];
}

/**
 * True when the public internet (Alipay's servers) cannot reach the host: loopback, private,
 * link-local and CGNAT addresses, `localhost`, `*.local` (mDNS) and single-label intranet names.
 */
export function isNonPublicHost(host: string): boolean {
  const hostname = withoutTrailingDot(host);
  if (isLocalName(hostname) || hostname.endsWith('.local')) return true;
  const v4 = ipv4Octets(hostname);
  if (v4) return isNonPublicV4(v4);
  const v6 = ipv6Groups(hostname);
  if (v6) {
    if (v6.every((g) => g === 0)) return true; // ::
    if (v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1) return true; // ::1
    if ((v6[0]! & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
    if ((v6[0]! & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
    return isMappedV4(v6) && isNonPublicV4(mappedOctets(v6));
  }
  return !hostname.includes('.');
}
