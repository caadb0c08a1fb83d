// Attack: replay() as a way around notify_verify. replay(logId) checked the signature again but
// skipped notify_verify by default — also for entries that notify_verify had refused or never
// answered. So a message Alipay never confirmed (a forgery whose signature was made from the
// merchant's own signed requests, or a genuine notice the gateway disowned) was applied by anyone
// who could press the demo shop's replay button. Now only entries once fully verified are replayed;
// an entry whose signature matched but that notify_verify did not confirm only with
// verifyNotifyId: true AND a fresh confirmation; anything else throws REPLAY_REFUSED, is logged as
// a rejected replay entry, and applies nothing.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  type AlipayEscrowError,
  type Escrow,
} from '@alipay-escrow/core';
import { buildTestNotification, tamperNotification } from '@alipay-escrow/core/testing';
import { describe, expect, it } from 'vitest';
import { attackMerchant, NOTIFY_URL, PARTNER } from './shop-kit.js';

const KEYS = { signType: 'MD5', key: 'replay00attack00key0000000000000' } as const;

/** What notify_verify answers right now: 'true', 'false', or 'hang' (never, until the client gives up). */
type Verdict = 'true' | 'false' | 'hang';

function shop(): { escrow: Escrow; gateway: { verdict: Verdict; asked: number } } {
  const gateway = { verdict: 'true' as Verdict, asked: 0 };
  const client = createGatewayClient({
    partner: PARTNER,
    keys: KEYS,
    charset: 'utf-8',
    timeoutMs: 200,
    fetch: (_input, init) => {
      gateway.asked++;
      if (gateway.verdict !== 'hang') return Promise.resolve(new Response(gateway.verdict));
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    },
  });
  const escrow = createEscrow({ merchant: attackMerchant(KEYS), store: createMemoryStore(), gateway: client });
  return { escrow, gateway };
}

async function withOrder(outTradeNo: string) {
  const s = shop();
  await s.escrow.createPayment({
    outTradeNo,
    subject: '测试商品',
    price: '10.00',
    quantity: 1,
    logistics: [{ type: 'EXPRESS', fee: '0', payment: 'SELLER_PAY' }],
  });
  const paid = await buildTestNotification({
    keys: KEYS,
    outTradeNo,
    tradeStatus: 'WAIT_SELLER_SEND_GOODS',
    totalFee: '10.00',
  });
  return { ...s, paid };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as AlipayEscrowError).code;
  }
  return 'resolved';
}

for (const [verdict, code] of [
  ['false', 'NOTIFY_VERIFY_FAILED'],
  ['hang', 'NOTIFY_VERIFY_TIMEOUT'],
] as const) {
  describe(`replay of an entry notify_verify did not confirm (${code})`, () => {
    it('is refused by default: REPLAY_REFUSED, logged, the order stays unpaid', async () => {
      const { escrow, gateway, paid } = await withOrder(`RP-${verdict}`);
      gateway.verdict = verdict;
      expect(await (await escrow.handleNotify(paid.request(NOTIFY_URL))).text()).toBe('fail');
      const [entry] = await escrow.listLog();
      expect(entry).toMatchObject({ verdict: 'rejected', code, authenticity: 'signature' });

      gateway.verdict = 'true';
      const asked = gateway.asked;
      expect(await codeOf(escrow.replay(entry!.id))).toBe('REPLAY_REFUSED');
      expect(gateway.asked).toBe(asked);
      expect(await escrow.getOrder(`RP-${verdict}`)).toMatchObject({ phase: 'created', tradeStatus: null, version: 0 });
      expect(await escrow.listEffects(`RP-${verdict}`)).toEqual([]);
      const [refusal] = await escrow.listLog({ limit: 1 });
      expect(refusal).toMatchObject({
        channel: 'replay',
        replayOf: entry!.id,
        verdict: 'rejected',
        code: 'REPLAY_REFUSED',
      });
    });

    it('with verifyNotifyId: true it applies only once the gateway confirms it now', async () => {
      const { escrow, gateway, paid } = await withOrder(`RV-${verdict}`);
      gateway.verdict = verdict;
      await escrow.handleNotify(paid.request(NOTIFY_URL));
      const [entry] = await escrow.listLog();

      gateway.verdict = 'false';
      const refused = await escrow.replay(entry!.id, { verifyNotifyId: true });
      expect(refused).toMatchObject({ verdict: 'rejected', code: 'NOTIFY_VERIFY_FAILED', reply: 'fail', order: null });
      expect((await escrow.getOrder(`RV-${verdict}`))!.phase).toBe('created');

      gateway.verdict = 'true';
      const applied = await escrow.replay(entry!.id, { verifyNotifyId: true });
      expect(applied).toMatchObject({ channel: 'replay', verdict: 'applied', reply: 'success' });
      expect((await escrow.getOrder(`RV-${verdict}`))!.phase).toBe('paid');
    });
  });
}

describe('replay of a forged entry', () => {
  it('a SIGN_MISMATCH entry is refused, also with verifyNotifyId: true', async () => {
    const { escrow, gateway, paid } = await withOrder('RF-1');
    const forged = tamperNotification(paid.body, { total_fee: '0.01' });
    await escrow.handleNotify(new Request(NOTIFY_URL, { method: 'POST', body: forged.slice() }));
    const [entry] = await escrow.listLog();
    expect(entry).toMatchObject({ verdict: 'rejected', code: 'SIGN_MISMATCH', authenticity: 'none' });
    const asked = gateway.asked;
    expect(await codeOf(escrow.replay(entry!.id))).toBe('REPLAY_REFUSED');
    expect(await codeOf(escrow.replay(entry!.id, { verifyNotifyId: true }))).toBe('REPLAY_REFUSED');
    expect(gateway.asked).toBe(asked);
    expect((await escrow.getOrder('RF-1'))!.version).toBe(0);
  });

  it('a fully verified entry still replays (after fixing a hook), without asking the gateway again', async () => {
    const { escrow, gateway, paid } = await withOrder('RF-2');
    expect(await (await escrow.handleNotify(paid.request(NOTIFY_URL))).text()).toBe('success');
    const [entry] = await escrow.listLog();
    expect(entry).toMatchObject({ verdict: 'applied', authenticity: 'verified' });
    const asked = gateway.asked;
    expect(await escrow.replay(entry!.id)).toMatchObject({ verdict: 'duplicate', reply: 'success' });
    expect(gateway.asked).toBe(asked);
  });
});
