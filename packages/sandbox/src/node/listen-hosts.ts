/**
 * The `Host` values under which a browser reaches a server listening at an address, for the
 * sandbox's `allowedHosts` (see allowed-hosts.ts): the address itself and the name it was asked
 * for, `localhost` for a loopback address, and for a wildcard (`0.0.0.0`, `::`) every address of
 * this machine's interfaces and its host name — each with the actual port (so port 0 works).
 */
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { splitHost } from '../allowed-hosts.js';

const WILDCARDS = new Set(['0.0.0.0', '::']);

function isLoopback(address: string): boolean {
  return address === '::1' || address === 'localhost' || /^(?:::ffff:)?127\./.test(address);
}

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
}

/**
 * `name:port` for every name a browser may put in Host to reach `address`, listened on as
 * `requested`. Names that cannot be a Host (an IPv6 address with a zone) are left out.
 */
export function hostsForAddress(requested: string, address: AddressInfo): string[] {
  const names = new Set<string>([address.address, requested]);
  const wildcard = WILDCARDS.has(address.address);
  if (wildcard) {
    for (const a of interfaceAddresses()) names.add(a);
    names.add(hostname());
  }
  if (wildcard || isLoopback(address.address) || isLoopback(requested)) names.add('localhost');
  return [...names]
    .map((name) => `${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${address.port}`)
    .filter((host) => splitHost(host) !== undefined);
}
