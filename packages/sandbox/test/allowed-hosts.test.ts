// Which Host the sandbox answers: the loopback names by default (createSandbox, address unknown),
// exactly `allowedHosts` when given, and what the Node server fills in for the address it listens on.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClock, createSandbox, type Sandbox } from '../src/index.js';
import { hostsForAddress } from '../src/node/listen-hosts.js';

const BASE = { partner: '2088101122136241', key: 'allowed-hosts-test-key', clock: createClock({ mode: 'manual' }) };
let sandbox: Sandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const get = (url: string, host?: string) =>
  sandbox!.fetch(new Request(url, host === undefined ? {} : { headers: { host } }));

describe('createSandbox without allowedHosts', () => {
  it('answers localhost, 127.0.0.1 and [::1] on any port, and 421 to any other name', async () => {
    sandbox = await createSandbox(BASE);
    for (const url of [
      'http://localhost/sandbox/api/config',
      'http://127.0.0.1:7001/sandbox/api/config',
      'http://[::1]:9/sandbox/api/config',
    ]) {
      expect((await get(url)).status, url).toBe(200);
    }
    const refused = await get('http://sandbox.test/sandbox/api/config');
    expect(refused.status).toBe(421);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error.message).toContain(
      'allowedHosts',
    );
    // The Host header wins over the URL: behind a server, the URL is the server's own address.
    expect((await get('http://127.0.0.1:7001/sandbox', 'evil.example:7001')).status).toBe(421);
    expect(await (await get('http://127.0.0.1:7001/sandbox', 'evil.example:7001')).text()).toMatch(
      /^421 Misdirected Request/,
    );
  });
});

describe('createSandbox with allowedHosts', () => {
  it('answers exactly those: a bare name on any port, name:port on that port only', async () => {
    sandbox = await createSandbox({ ...BASE, allowedHosts: ['sandbox.internal', 'localhost:7001'] });
    expect((await get('http://sandbox.internal:8080/sandbox/api/config')).status).toBe(200);
    expect((await get('http://localhost:7001/sandbox/api/config')).status).toBe(200);
    expect((await get('http://localhost:7002/sandbox/api/config')).status).toBe(421);
    expect((await get('http://127.0.0.1:7001/sandbox/api/config')).status).toBe(421);
    // No port in Host means the scheme's default.
    expect((await get('http://localhost/sandbox/api/config')).status).toBe(421);
  });

  it('refuses an entry with a scheme or a path: CONFIG_INVALID naming it', async () => {
    await expect(createSandbox({ ...BASE, allowedHosts: ['http://localhost:7001'] })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'allowedHosts[0]',
    });
    await expect(createSandbox({ ...BASE, allowedHosts: ['localhost', 'example.com/x'] })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'allowedHosts[1]',
    });
    await expect(createSandbox({ ...BASE, allowedHosts: [] })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'allowedHosts',
    });
  });
});

describe('the hosts the Node server fills in', () => {
  const at = (address: string, port: number): AddressInfo => ({
    address,
    port,
    family: address.includes(':') ? 'IPv6' : 'IPv4',
  });

  it('127.0.0.1: the address and localhost, with the actual port', () => {
    expect(hostsForAddress('127.0.0.1', at('127.0.0.1', 40123)).sort()).toEqual(['127.0.0.1:40123', 'localhost:40123']);
  });

  it('::1: the bracketed address and localhost', () => {
    expect(hostsForAddress('::1', at('::1', 7001)).sort()).toEqual(['[::1]:7001', 'localhost:7001']);
  });

  it('a name asked for is answered too', () => {
    expect(hostsForAddress('localhost', at('127.0.0.1', 7001)).sort()).toEqual(['127.0.0.1:7001', 'localhost:7001']);
  });

  it('0.0.0.0: every interface address, including loopback, and localhost', () => {
    const hosts = hostsForAddress('0.0.0.0', at('0.0.0.0', 7001));
    expect(hosts).toContain('127.0.0.1:7001');
    expect(hosts).toContain('localhost:7001');
    expect(hosts.every((h) => h.endsWith(':7001'))).toBe(true);
  });
});
