// No silent anomalies: every genuine message that is not applied, and every refused request,
// reaches the escrow's logger (console.warn unless told otherwise) — with or without onAnomaly.
// Against a test gateway the notify response also carries the warning, for `alipay-escrow trigger`.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { REJECTION_WARNINGS_PER_MINUTE, type EscrowLogger, type EscrowWarning } from '../../src/escrow-app/logger.js';
import { WARNING_HEADER } from '../../src/escrow-app/endpoints/warning-header.js';
import { deliver, KEY, manualClock, merchant, notification, orderInput, shop } from './harness.js';

class Recorder implements EscrowLogger {
  readonly lines: string[] = [];
  readonly warnings: EscrowWarning[] = [];
  warn(message: string, warning: EscrowWarning): void {
    this.lines.push(message);
    this.warnings.push(warning);
  }
}

/** A signed notification whose signature no longer matches (one character of `sign` changed). */
async function forged(outTradeNo: string): Promise<Request> {
  const message = await notification({ outTradeNo, tradeStatus: 'WAIT_SELLER_SEND_GOODS' });
  const body = (await message.request().text()).replace(
    /sign=([0-9a-f])/,
    (_, c: string) => `sign=${c === '0' ? '1' : '0'}`,
  );
  return new Request('https://shop.example.com/alipay/notify', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

afterEach(() => vi.restoreAllMocks());

describe('anomaly warnings', () => {
  it('warns through the logger when a genuine notification is not applied, even without onAnomaly', async () => {
    const logger = new Recorder();
    const s = shop(createMemoryStore(), { hooks: {}, logger });
    await s.escrow.createPayment(orderInput('W-1'));
    const reply = await deliver(
      s.escrow,
      await notification({ outTradeNo: 'W-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
    );

    expect(reply.body).toBe('success'); // the answer Alipay gets is unchanged …
    expect((await s.escrow.getOrder('W-1'))!.tradeStatus).toBeNull(); // … nothing was applied …
    const [entry] = await s.escrow.listLog({ outTradeNo: 'W-1' });
    // … and it is no longer silent:
    expect(logger.warnings).toEqual([
      { kind: 'anomaly', code: 'AMOUNT_MISMATCH', channel: 'notify', logId: entry!.id, outTradeNo: 'W-1' },
    ]);
    expect(logger.lines[0]).toContain('AMOUNT_MISMATCH');
    expect(logger.lines[0]).toContain('NOT applied');
    expect(logger.lines[0]).toContain('9.99');
    expect(logger.lines[0]).toContain(`replay("${entry!.id}")`);
    expect(logger.lines[0]).toContain('npx alipay-escrow explain AMOUNT_MISMATCH');
  });

  it('goes to console.warn by default, and nowhere with logger: null', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loud = shop(createMemoryStore(), { hooks: {} });
    await loud.escrow.createPayment(orderInput('W-2'));
    await deliver(
      loud.escrow,
      await notification({ outTradeNo: 'W-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/^alipay-escrow: AMOUNT_MISMATCH/);

    warn.mockClear();
    const quiet = shop(createMemoryStore(), { hooks: {}, logger: null });
    await quiet.escrow.createPayment(orderInput('W-3'));
    await deliver(
      quiet.escrow,
      await notification({ outTradeNo: 'W-3', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
    );
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns for an unknown order too, next to onAnomaly', async () => {
    const logger = new Recorder();
    const s = shop(createMemoryStore(), { logger });
    const reply = await deliver(
      s.escrow,
      await notification({ outTradeNo: 'nobody', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }),
    );
    expect(reply.body).toBe('fail');
    expect(s.hooks.anomalies).toHaveLength(1);
    expect(logger.warnings.map((w) => `${w.kind} ${w.code} ${w.outTradeNo}`)).toEqual(['anomaly UNKNOWN_ORDER nobody']);
  });

  it('a logger that throws or rejects changes nothing about the answer', async () => {
    for (const logger of [
      {
        warn: () => {
          throw new Error('disk full');
        },
      },
      { warn: () => Promise.reject(new Error('network down')) },
    ]) {
      const s = shop(createMemoryStore(), { logger });
      await s.escrow.createPayment(orderInput('W-4'));
      const reply = await deliver(
        s.escrow,
        await notification({ outTradeNo: 'W-4', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
      );
      expect(reply.body).toBe('success');
      const applied = await deliver(
        s.escrow,
        await notification({ outTradeNo: 'W-4', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }),
      );
      expect(applied.body).toBe('success');
      expect((await s.escrow.getOrder('W-4'))!.tradeStatus).toBe('WAIT_SELLER_SEND_GOODS');
    }
  });

  it('refuses a logger that is not an object with warn()', () => {
    expect(() => shop(createMemoryStore(), { logger: console.warn as unknown as EscrowLogger })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', field: 'logger' }),
    );
  });
});

describe('rejection warnings', () => {
  it('warns for a refused request with its code, address and log entry, never the key', async () => {
    const logger = new Recorder();
    const s = shop(createMemoryStore(), { logger });
    await s.escrow.createPayment(orderInput('R-1'));
    const reply = await deliver(s.escrow, await forged('R-1'), '203.0.113.9');
    expect(reply.body).toBe('fail');
    const [entry] = await s.escrow.listLog({});
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toMatchObject({
      kind: 'rejection',
      code: 'SIGN_MISMATCH',
      channel: 'notify',
      logId: entry!.id,
    });
    expect(logger.lines[0]).toContain('refused a notify request from 203.0.113.9 (SIGN_MISMATCH');
    expect(logger.lines[0]).toContain('npx alipay-escrow explain SIGN_MISMATCH');
    expect(logger.lines[0]!.match(/npx alipay-escrow explain/g)).toHaveLength(1);
    expect(logger.lines.join('\n')).not.toContain(KEY);
  });

  it(`prints at most ${REJECTION_WARNINGS_PER_MINUTE} a minute, then one line saying so; anomalies are never held back`, async () => {
    const logger = new Recorder();
    const clock = manualClock();
    const s = shop(createMemoryStore(), { logger, now: clock });
    await s.escrow.createPayment(orderInput('R-2'));
    const body = await (await forged('R-2')).text();
    const flood = () => new Request('https://shop.example.com/alipay/notify', { method: 'POST', body });
    for (let i = 0; i < REJECTION_WARNINGS_PER_MINUTE + 10; i++) await deliver(s.escrow, flood());
    expect(logger.lines).toHaveLength(REJECTION_WARNINGS_PER_MINUTE + 1);
    expect(logger.lines.at(-1)).toMatch(/more than 20 requests refused this minute/);
    expect(await s.escrow.listLog({ limit: 100 })).toHaveLength(REJECTION_WARNINGS_PER_MINUTE + 10); // all logged

    await deliver(
      s.escrow,
      await notification({ outTradeNo: 'R-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
    );
    expect(logger.warnings.at(-1)).toMatchObject({ kind: 'anomaly', code: 'AMOUNT_MISMATCH' });

    clock.advance(60_000);
    await deliver(s.escrow, flood());
    expect(logger.warnings.at(-1)).toMatchObject({ kind: 'rejection' });
    expect(logger.lines.at(-1)).toMatch(/^alipay-escrow: refused a notify request/);
  });
});

describe(`the ${WARNING_HEADER} response header`, () => {
  const sandbox = {
    gatewayUrl: 'http://127.0.0.1:7001/gateway.do',
    notifyUrl: 'http://127.0.0.1:3000/alipay/notify',
    returnUrl: 'http://127.0.0.1:3000/alipay/return',
  };

  it('tells a test sender that its notification was acknowledged but not applied', async () => {
    const s = shop(createMemoryStore(), { merchant: merchant(sandbox), logger: null });
    await s.escrow.createPayment(orderInput('H-1'));
    const anomaly = await deliver(
      s.escrow,
      await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
    );
    expect(anomaly.body).toBe('success');
    expect(anomaly.response.headers.get(WARNING_HEADER)).toBe('anomaly AMOUNT_MISMATCH');
    expect(anomaly.response.headers.get('content-type')).toBe('text/plain; charset=utf-8');

    const refused = await deliver(s.escrow, await forged('H-1'));
    expect(refused.response.headers.get(WARNING_HEADER)).toBe('rejection SIGN_MISMATCH');

    const applied = await deliver(
      s.escrow,
      await notification({ outTradeNo: 'H-1', tradeStatus: 'WAIT_SELLER_SEND_GOODS' }),
    );
    expect(applied.body).toBe('success');
    expect(applied.response.headers.has(WARNING_HEADER)).toBe(false);
  });

  it("is never sent against Alipay's production gateway", async () => {
    const s = shop(createMemoryStore(), { logger: null });
    await s.escrow.createPayment(orderInput('H-2'));
    const anomaly = await deliver(
      s.escrow,
      await notification({ outTradeNo: 'H-2', tradeStatus: 'WAIT_SELLER_SEND_GOODS', totalFee: '9.99' }),
    );
    expect(anomaly.body).toBe('success');
    expect(anomaly.response.headers.has(WARNING_HEADER)).toBe(false);
  });
});
