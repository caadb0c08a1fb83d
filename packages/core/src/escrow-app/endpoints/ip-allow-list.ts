import { AlipayEscrowError } from '../../errors/error.js';
import type { IpAllowListOptions } from '../types.js';

/** Alipay's outbound ranges as the integration guide lists them (§4.2, 第二步 B). */
export const ALIPAY_NOTIFY_RANGES: readonly string[] = ['121.0.26.0/23', '110.75.128.0/19', '115.124.16.0/24'];

interface Ipv4Range {
  base: number;
  mask: number;
}

export interface IpAllowList {
  ranges: readonly Ipv4Range[];
  /** Lower-case header name, or null: then only the connection's address counts. */
  trustedProxyHeader: string | null;
  /** Which entry of that header, counted from the right (1 = the last one), is the client. */
  trustedProxyHops: number;
}

/** More proxies than this in front of one app is a configuration mistake, not a deployment. */
const MAX_PROXY_HOPS = 16;

const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** `a.b.c.d` → unsigned 32-bit number; also accepts `::ffff:a.b.c.d` and `a.b.c.d:port`. */
export function parseIpv4(text: string): number | undefined {
  let t = text.trim();
  if (/^::ffff:/i.test(t)) t = t.slice(7);
  const port = /^([0-9.]+):[0-9]{1,5}$/.exec(t);
  if (port) t = port[1]!;
  const parts = t.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value >>> 0;
}

function parseRange(text: unknown, index: number): Ipv4Range {
  const bad = (why: string) =>
    new AlipayEscrowError('CONFIG_INVALID', `ipAllowList.ranges[${index}] ${JSON.stringify(text)} ${why}.`, {
      hint: 'Give IPv4 CIDR ranges such as "121.0.26.0/23", or leave ranges unset for Alipay’s documented ranges.',
      field: 'ipAllowList.ranges',
      status: 500,
    });
  if (typeof text !== 'string') throw bad('is not a string');
  const [address, bits, extra] = text.trim().split('/');
  const prefix = bits === undefined ? 32 : /^[0-9]{1,2}$/.test(bits) ? Number(bits) : NaN;
  const base = address === undefined ? undefined : parseIpv4(address);
  if (extra !== undefined || base === undefined || !(prefix >= 0 && prefix <= 32) || address!.includes(':')) {
    throw bad('is not an IPv4 CIDR range');
  }
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return { base: (base & mask) >>> 0, mask };
}

/** Checks the option eagerly; undefined → the list is off. */
export function compileAllowList(options: IpAllowListOptions | undefined): IpAllowList | null {
  if (options === undefined) return null;
  if (options === null || typeof options !== 'object') {
    throw new AlipayEscrowError('CONFIG_INVALID', 'ipAllowList must be an object.', {
      hint: 'Pass {} for Alipay’s ranges, or { ranges, trustedProxyHeader }; leave it unset to turn the check off.',
      field: 'ipAllowList',
      status: 500,
    });
  }
  const header = options.trustedProxyHeader;
  if (header !== undefined && (typeof header !== 'string' || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(header))) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `ipAllowList.trustedProxyHeader ${JSON.stringify(header)} is not a header name.`,
      {
        hint: 'Name the header your own proxy sets, e.g. "x-forwarded-for" or "cf-connecting-ip".',
        field: 'ipAllowList.trustedProxyHeader',
        status: 500,
      },
    );
  }
  const hops = options.trustedProxyHops;
  if (
    hops !== undefined &&
    (typeof hops !== 'number' || !Number.isInteger(hops) || hops < 1 || hops > MAX_PROXY_HOPS)
  ) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `ipAllowList.trustedProxyHops must be a whole number from 1 to ${MAX_PROXY_HOPS} (got ${String(hops)}).`,
      {
        hint: 'Count the proxies of your own that append to trustedProxyHeader: 1 for a single reverse proxy (the default), 2 for a load balancer in front of it.',
        field: 'ipAllowList.trustedProxyHops',
        status: 500,
      },
    );
  }
  if (hops !== undefined && header === undefined) {
    throw new AlipayEscrowError('CONFIG_INVALID', 'ipAllowList.trustedProxyHops is set without trustedProxyHeader.', {
      hint: 'Name the header your proxies append to (e.g. "x-forwarded-for"), or leave trustedProxyHops out.',
      field: 'ipAllowList.trustedProxyHops',
      status: 500,
    });
  }
  return {
    ranges: (options.ranges ?? ALIPAY_NOTIFY_RANGES).map(parseRange),
    trustedProxyHeader: header === undefined ? null : header.toLowerCase(),
    trustedProxyHops: hops ?? 1,
  };
}

/**
 * The client's address. With a trusted proxy header configured: the `trustedProxyHops`-th entry
 * counted from the RIGHT of that header, the one your own proxy appended. Entries further left
 * were written by whoever connected to the proxy, so they are never read. A header with fewer
 * entries than that (or an empty entry there) gives null: unknown, hence refused. Without the
 * header on the request, or without one configured, the connection's address the adapter passed.
 */
export function clientAddress(
  request: Request,
  remoteAddress: string | undefined,
  list: IpAllowList | null,
): string | null {
  if (list?.trustedProxyHeader) {
    const value = request.headers.get(list.trustedProxyHeader);
    if (value !== null) {
      // Several header lines arrive joined with ", ", so one split covers both forms.
      const hops = value.split(',');
      const hop = hops.length >= list.trustedProxyHops ? hops[hops.length - list.trustedProxyHops]!.trim() : '';
      return hop === '' ? null : hop;
    }
  }
  return remoteAddress === undefined || remoteAddress === '' ? null : remoteAddress;
}

export function isAllowed(address: string | null, list: IpAllowList): boolean {
  if (address === null) return false;
  const ip = parseIpv4(address);
  if (ip === undefined) return false;
  return list.ranges.some((r) => (ip & r.mask) >>> 0 === r.base);
}
