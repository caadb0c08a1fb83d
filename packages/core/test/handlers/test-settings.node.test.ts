// The guard against test settings in production: a local sandbox gateway with public callbacks,
// or a production process with a gateway that is not Alipay's, is warned about loudly at start-up
// and refused where the process says it is production.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEscrow } from '../../src/escrow-app/create-escrow.js';
import type { EscrowLogger, EscrowWarning } from '../../src/escrow-app/logger.js';
import { readNodeEnv } from '../../src/escrow-app/test-settings-guard.js';
import type { EscrowOptions } from '../../src/escrow-app/types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { merchant } from './harness.js';

const SANDBOX = 'http://127.0.0.1:7001/gateway.do';
const LOCAL = { notifyUrl: 'http://127.0.0.1:3000/alipay/notify', returnUrl: 'http://localhost:3000/alipay/return' };

function start(
  over: Partial<EscrowOptions> & { gatewayUrl?: string; urls?: { notifyUrl?: string; returnUrl?: string } } = {},
): EscrowWarning[] {
  const { gatewayUrl, urls, ...options } = over;
  const warnings: EscrowWarning[] = [];
  const lines: string[] = [];
  const logger: EscrowLogger = { warn: (line, w) => void (lines.push(line), warnings.push(w)) };
  createEscrow({
    merchant: merchant({ ...(gatewayUrl === undefined ? {} : { gatewayUrl }), ...urls }),
    store: createMemoryStore(),
    logger,
    ...options,
  });
  for (const [i, w] of warnings.entries()) Object.assign(w, { line: lines[i] });
  return warnings;
}

afterEach(() => vi.unstubAllEnvs());

describe('the guard against test settings', () => {
  it('warns loudly about a sandbox on this machine with a public notifyUrl', () => {
    vi.stubEnv('NODE_ENV', 'test');
    const warnings = start({ gatewayUrl: SANDBOX });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ kind: 'test-settings', code: 'CONFIG_INVALID', channel: null, logId: null });
    const line = (warnings[0] as EscrowWarning & { line: string }).line;
    expect(line).toMatch(/^alipay-escrow: WARNING/);
    expect(line).toContain(SANDBOX);
    expect(line).toContain('notifyUrl https://shop.example.com/alipay/notify');
    expect(line).toContain('returnUrl https://shop.example.com/alipay/return');
  });

  it('refuses that combination when NODE_ENV=production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => start({ gatewayUrl: SANDBOX })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        field: 'gatewayUrl',
        message: expect.stringContaining('NODE_ENV=production'),
      }),
    );
  });

  it('with NODE_ENV=production, warns about any gateway that is not Alipay’s (a staging server may use the sandbox)', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warnings = start({ gatewayUrl: SANDBOX, urls: LOCAL });
    expect(warnings.map((w) => w.kind)).toEqual(['test-settings']);
    expect((warnings[0] as EscrowWarning & { line: string }).line).toContain("is not Alipay's gateway");
  });

  it("refuses a sandbox gateway when the options say environment: 'production'", () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(() => start({ gatewayUrl: SANDBOX, urls: LOCAL, environment: 'production' })).toThrow(
      expect.objectContaining({
        code: 'CONFIG_INVALID',
        message: expect.stringContaining("environment: 'production'"),
      }),
    );
  });

  it("says nothing for environment: 'development', nor for production settings, nor for a local sandbox with local callbacks", () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(start({ gatewayUrl: SANDBOX, environment: 'development' })).toEqual([]);
    expect(start()).toEqual([]);
    expect(start({ environment: 'production' })).toEqual([]);
    vi.stubEnv('NODE_ENV', 'test');
    expect(start({ gatewayUrl: SANDBOX, urls: LOCAL })).toEqual([]);
  });

  it('warns through console.warn when no logger is given', () => {
    vi.stubEnv('NODE_ENV', 'test');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      createEscrow({ merchant: merchant({ gatewayUrl: SANDBOX }), store: createMemoryStore() });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain('test settings?');
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses an environment that is neither production nor development', () => {
    expect(() => start({ environment: 'staging' as never })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', field: 'environment' }),
    );
  });

  it('reads NODE_ENV without asking Deno for a permission it does not have', () => {
    expect(readNodeEnv({ process: { env: { NODE_ENV: 'production' } } })).toBe('production');
    expect(readNodeEnv({})).toBeUndefined();
    const get = vi.fn(() => 'production');
    expect(
      readNodeEnv({ Deno: { permissions: { querySync: () => ({ state: 'prompt' }) }, env: { get } } }),
    ).toBeUndefined();
    expect(get).not.toHaveBeenCalled();
    expect(readNodeEnv({ Deno: { permissions: { querySync: () => ({ state: 'granted' }) }, env: { get } } })).toBe(
      'production',
    );
    expect(
      readNodeEnv({
        process: {
          get env(): Record<string, string> {
            throw new Error('denied');
          },
        },
      }),
    ).toBeUndefined();
  });
});
