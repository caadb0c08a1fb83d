/**
 * Which `Host` the sandbox answers. It runs on the tester's machine, usually on 127.0.0.1, and
 * holds a key that signs notifications; a web page open in the tester's browser cannot reach it
 * by name, but it can through DNS rebinding: its own name (`rebind.attacker.example`) is made to
 * resolve to 127.0.0.1, and the browser then treats the sandbox as that page's own origin, free
 * to read pages and JSON and to post to the test API. Such a request still names the page's
 * host in `Host`, so the sandbox answers only requests addressed to a name it knows:
 * - `allowedHosts` given: exactly those (`name` for any port, `name:port` for one port; IPv6 in
 *   brackets, `[::1]:7001`); the Node server (`startSandbox`, `alipay-escrow sandbox`) fills in
 *   the address it listens on and `localhost:<port>`;
 * - not given (a `createSandbox` whose address is not known): the loopback names `localhost`,
 *   `127.0.0.1` and `[::1]`, on any port.
 * Anything else gets 421 (Misdirected Request) and a text saying what to do, before any route.
 */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { jsonError } from './api/json.js';
import { API_PREFIX } from './api/test-api.js';

/** One allowed host: a lower-case name (IPv6 in brackets) and its port, or undefined for any port. */
export interface HostRule {
  name: string;
  port: string | undefined;
}

/** Used when `allowedHosts` is not given. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

const NAME = /^(?:\[[0-9a-f:.]+\]|[a-z0-9_.-]+)$/;
const PORT = /^[0-9]{1,5}$/;

/** `name[:port]` split at the port's colon (an IPv6 address keeps its brackets); undefined when malformed. */
export function splitHost(text: string): HostRule | undefined {
  const value = text.trim().toLowerCase();
  const colon = value.startsWith('[') ? value.indexOf(':', value.indexOf(']')) : value.lastIndexOf(':');
  const name = colon === -1 ? value : value.slice(0, colon);
  const port = colon === -1 ? undefined : value.slice(colon + 1);
  if (!NAME.test(name) || (port !== undefined && !PORT.test(port))) return undefined;
  return { name, port: port === undefined ? undefined : String(Number(port)) };
}

/**
 * The rules for `allowedHosts` (the loopback names on any port when undefined). Throws
 * CONFIG_INVALID for an entry that is not `name` or `name:port`.
 */
export function hostRules(allowedHosts: readonly string[] | undefined): HostRule[] {
  if (allowedHosts === undefined) return LOOPBACK_NAMES.map((name) => ({ name, port: undefined }));
  if (!Array.isArray(allowedHosts) || allowedHosts.length === 0) {
    throw new AlipayEscrowError('CONFIG_INVALID', 'allowedHosts must be a non-empty array of host names.', {
      hint: 'For example ["localhost:7001", "127.0.0.1:7001"], or leave it out for the loopback names on any port.',
      field: 'allowedHosts',
      status: 500,
    });
  }
  return allowedHosts.map((entry, i) => {
    const rule = typeof entry === 'string' ? splitHost(entry) : undefined;
    if (rule === undefined) {
      throw new AlipayEscrowError(
        'CONFIG_INVALID',
        `allowedHosts[${i}] ${JSON.stringify(entry)} is not a host name with an optional port.`,
        {
          hint: 'Write it as the browser sends it in Host, without scheme or path: "sandbox.internal", "localhost:7001", "[::1]:7001".',
          field: `allowedHosts[${i}]`,
          status: 500,
        },
      );
    }
    return rule;
  });
}

/** The host the request was addressed to: its `Host` header, else its URL's host (a request made in-process). */
function addressedHost(request: Request): { text: string; rule: HostRule | undefined } {
  const url = new URL(request.url);
  const text = request.headers.get('host') ?? url.host;
  const rule = splitHost(text);
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  return { text, rule: rule === undefined ? undefined : { name: rule.name, port: rule.port ?? defaultPort } };
}

function allowed(rules: readonly HostRule[], host: HostRule | undefined): boolean {
  return (
    host !== undefined && rules.some((r) => r.name === host.name && (r.port === undefined || r.port === host.port))
  );
}

function describe(rules: readonly HostRule[]): string {
  return rules.map((r) => (r.port === undefined ? r.name : `${r.name}:${r.port}`)).join(', ');
}

/**
 * The 421 answer for a request addressed to a host the sandbox does not answer (JSON under the
 * test API, plain text elsewhere), or undefined when the host is allowed.
 */
export function misdirected(request: Request, rules: readonly HostRule[]): Response | undefined {
  const host = addressedHost(request);
  if (allowed(rules, host.rule)) return undefined;
  const shown = JSON.stringify(host.text.slice(0, 100));
  const message =
    `This sandbox answers only requests addressed to ${describe(rules)}; this one was addressed to Host ${shown}. ` +
    'A web page of another site reaching the sandbox through DNS rebinding looks like this, so nothing was done.';
  const hint =
    'Open the sandbox by the address it printed at start. To serve it under another name, add that name to allowedHosts (alipay-escrow sandbox --allow-host NAME).';
  if (new URL(request.url).pathname.startsWith(API_PREFIX)) {
    return jsonError(new AlipayEscrowError('ILLEGAL_REQUEST', message, { hint, field: 'host', status: 421 }));
  }
  return new Response(`421 Misdirected Request\n\n${message}\n${hint}\n`, {
    status: 421,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
