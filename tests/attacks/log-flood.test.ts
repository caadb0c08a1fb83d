// Attack: filling the merchant's database through notify_url. Every request used to be logged raw
// before any check: a 64 KiB junk POST cost about 88 KB of database (the body as base64, the
// headers), nothing ever deleted old entries, and the memory store grew without bound — one client
// could add more than a gigabyte a minute. Now a refused request is logged once, with a SHA-256,
// its size and only the first LOG_RAW_PREFIX_BYTES of the body, headers and fields cut to size;
// the IP allow-list refuses before anything heavy is written; pruneLog deletes by age and
// verdict; the memory store keeps at most maxLogEntries.
//
// Measured on the SQL store over better-sqlite3 (in memory): the bytes of every column of the rows
// the requests added, SUM(length(CAST(column AS BLOB))), divided by the number of requests.
import {
  createEscrow,
  createGatewayClient,
  createMemoryStore,
  createSqlStore,
  sqliteDatabase,
  type Escrow,
  type EscrowStore,
  type IpAllowListOptions,
} from '@alipay-escrow/core';
import { LOG_RAW_PREFIX_BYTES } from '@alipay-escrow/core/store-kit';
import { TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const BOUND = 8 * 1024;
const MAX_BODY = 64 * 1024;
const N = 20;
const LOG_TABLE = 'alipay_escrow_notification_log';
const LOG_COLUMNS = [
  'seq',
  'id',
  'channel',
  'received_at',
  'method',
  'raw',
  'headers',
  'remote_address',
  'verdict',
  'code',
  'detail',
  'out_trade_no',
  'notify_id',
  'trade_status',
  'refund_status',
  'reply',
  'replay_of',
  'raw_size',
  'raw_sha256',
  'authenticity',
];
const NOTIFY_URL = 'https://shop.example.com/alipay/notify';

function escrowOn(store: EscrowStore, ipAllowList?: IpAllowListOptions): { escrow: Escrow; asked: () => number } {
  let asked = 0;
  const gateway = createGatewayClient({
    partner: '2088101122136241',
    keys: { signType: 'MD5', key: 'logflood0attack0key0000000000000' },
    charset: 'utf-8',
    fetch: async () => {
      asked++;
      return new Response('true');
    },
  });
  const escrow = createEscrow({
    merchant: {
      partner: '2088101122136241',
      keys: { signType: 'MD5', key: 'logflood0attack0key0000000000000' },
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId },
      notifyUrl: NOTIFY_URL,
      returnUrl: 'https://shop.example.com/alipay/return',
    },
    store,
    gateway,
    ...(ipAllowList === undefined ? {} : { ipAllowList }),
  });
  return { escrow, asked: () => asked };
}

async function sqliteShop(ipAllowList?: IpAllowListOptions) {
  const db = new Database(':memory:');
  const store = createSqlStore(sqliteDatabase(db));
  await store.migrate();
  const bytes = (): number =>
    Number(
      (
        db
          .prepare(
            `SELECT COALESCE(SUM(${LOG_COLUMNS.map((c) => `COALESCE(length(CAST(${c} AS BLOB)), 0)`).join(' + ')}), 0) AS n FROM ${LOG_TABLE}`,
          )
          .get() as { n: number }
      ).n,
    );
  const rows = (): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${LOG_TABLE}`).get() as { n: number }).n;
  return { ...escrowOn(store, ipAllowList), store, bytes, rows };
}

/** Exactly `size` bytes of form body: `out_trade_no=…&` then `name=value` pairs of `each` bytes. */
function junkBody(size: number, each: number): Uint8Array {
  let text = 'out_trade_no=FLOOD-1';
  for (let i = 0; text.length < size; i++) {
    const pair = `&p${i}=`;
    text += pair + 'x'.repeat(Math.max(1, Math.min(each - pair.length, size - text.length - pair.length)));
  }
  return new TextEncoder().encode(text.slice(0, size));
}

const post = (body: Uint8Array, headers: Record<string, string> = {}): Request =>
  new Request(NOTIFY_URL, {
    method: 'POST',
    body: body.slice(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

/** Headers an attacker controls, as many and as long as a Node server lets through (16 KiB). */
function hostileHeaders(): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': 'u'.repeat(2000),
    'x-forwarded-for': '1.2.3.4, '.repeat(200),
  };
  // Latin-1 bytes above 0x7F: two bytes each once stored as UTF-8 text.
  for (let i = 0; i < 40; i++) headers[`x-${i}`] = '\u00e9'.repeat(300);
  return headers;
}

describe('log flood: what one refused 64 KiB request costs the store', () => {
  const bodies = [
    { name: 'one parameter', body: new TextEncoder().encode(`a=${'x'.repeat(MAX_BODY - 2)}`) },
    { name: 'many parameters', body: junkBody(MAX_BODY, 40) },
    {
      name: 'a 64 KiB out_trade_no and notify_id',
      body: new TextEncoder().encode(`out_trade_no=${'O'.repeat(30_000)}&notify_id=${'N'.repeat(MAX_BODY - 30_024)}`),
    },
  ];
  for (const { name, body } of bodies) {
    it(`${name}: at most 8 KiB per request, one row each, nothing asked of the gateway`, async () => {
      expect(body.length).toBe(MAX_BODY);
      const shop = await sqliteShop();
      for (let i = 0; i < N; i++) {
        const response = await shop.escrow.handleNotify(post(body, hostileHeaders()), { remoteAddress: '203.0.113.9' });
        expect([response.status, await response.text()]).toEqual([200, 'fail']);
      }
      expect(shop.rows()).toBe(N);
      expect(shop.bytes() / N).toBeLessThanOrEqual(BOUND);
      expect(shop.asked()).toBe(0);
      // still useful for diagnosis: what it was, how big, which bytes
      const [entry] = await shop.escrow.listLog({ limit: 1 });
      expect(entry).toMatchObject({ verdict: 'rejected', authenticity: 'none', rawSize: MAX_BODY });
      expect(entry!.raw).toEqual(body.subarray(0, LOG_RAW_PREFIX_BYTES));
      expect(entry!.rawSha256).toMatch(/^[0-9a-f]{64}$/);
    });
  }

  it('a request refused by the IP allow-list writes a small entry too (before any heavy write)', async () => {
    const shop = await sqliteShop({});
    const body = junkBody(MAX_BODY, 1000);
    for (let i = 0; i < N; i++) {
      const response = await shop.escrow.handleNotify(post(body, hostileHeaders()), { remoteAddress: '8.8.8.8' });
      expect([response.status, await response.text()]).toEqual([403, 'fail']);
    }
    expect(shop.rows()).toBe(N);
    expect(shop.bytes() / N).toBeLessThanOrEqual(BOUND);
    const [entry] = await shop.escrow.listLog({ limit: 1 });
    expect(entry).toMatchObject({
      verdict: 'rejected',
      code: 'IP_NOT_ALLOWED',
      authenticity: 'none',
      rawSize: MAX_BODY,
      remoteAddress: '8.8.8.8',
    });
    expect(entry!.raw.length).toBe(LOG_RAW_PREFIX_BYTES);
  });
});

describe('log flood: retention', () => {
  it('the memory store keeps at most maxLogEntries, dropping the oldest', async () => {
    const { escrow } = escrowOn(createMemoryStore({ maxLogEntries: 50 }));
    for (let i = 0; i < 120; i++) await escrow.handleNotify(post(new TextEncoder().encode(`n=${i}`)));
    const log = await escrow.listLog();
    expect(log).toHaveLength(50);
    expect(log.map((e) => new TextDecoder().decode(e.raw))).toEqual(
      Array.from({ length: 50 }, (_, i) => `n=${119 - i}`),
    );
  });

  it('the memory store caps its log by default (10 000 entries)', async () => {
    const store = createMemoryStore();
    const at = new Date('2026-03-01T08:00:00.000Z').toISOString();
    for (let i = 0; i < 10_005; i++) {
      await store.appendLog({
        id: `e${i}`,
        channel: 'notify',
        receivedAt: at,
        method: 'POST',
        raw: new Uint8Array(0),
        rawSize: 0,
        rawSha256: '',
        authenticity: 'none',
        headers: {},
        remoteAddress: null,
        verdict: 'rejected',
        code: 'BODY_EMPTY',
        detail: null,
        outTradeNo: null,
        notifyId: null,
        tradeStatus: null,
        refundStatus: null,
        reply: 'fail',
        replayOf: null,
      });
    }
    expect(await store.listLog()).toHaveLength(10_000);
    expect(await store.getLog('e4')).toBeUndefined();
    expect(await store.getLog('e5')).toBeDefined();
  });

  it('escrow.pruneLog deletes by age, and by verdict when asked', async () => {
    const shop = await sqliteShop();
    let now = new Date('2026-03-01T08:00:00.000Z');
    const escrow = createEscrow({
      merchant: {
        partner: '2088101122136241',
        keys: { signType: 'MD5', key: 'logflood0attack0key0000000000000' },
        charset: 'utf-8',
        seller: { id: TEST_DEFAULTS.sellerId },
        notifyUrl: NOTIFY_URL,
        returnUrl: 'https://shop.example.com/alipay/return',
      },
      store: shop.store,
      now: () => now,
    });
    for (const day of [1, 2, 40, 41]) {
      now = new Date(Date.parse('2026-03-01T08:00:00.000Z') + day * 86_400_000);
      await escrow.handleNotify(post(new TextEncoder().encode(`junk=${day}`)));
    }
    // an entry of another verdict, as old as the oldest junk
    await shop.store.appendLog({
      id: 'kept-applied',
      channel: 'notify',
      receivedAt: '2026-03-02T08:00:00.000Z',
      method: 'POST',
      raw: new Uint8Array(0),
      rawSize: 0,
      rawSha256: '',
      authenticity: 'verified',
      headers: {},
      remoteAddress: null,
      verdict: 'applied',
      code: null,
      detail: null,
      outTradeNo: 'O1',
      notifyId: null,
      tradeStatus: null,
      refundStatus: null,
      reply: 'success',
      replayOf: null,
    });
    const cutoff = new Date(Date.parse('2026-03-01T08:00:00.000Z') + 30 * 86_400_000);
    expect(await escrow.pruneLog({ olderThan: cutoff, verdicts: ['rejected'] })).toEqual({ deleted: 2 });
    expect((await escrow.listLog()).map((e) => e.verdict).sort()).toEqual(['applied', 'rejected', 'rejected']);
    expect(await escrow.pruneLog({ olderThan: cutoff.toISOString() })).toEqual({ deleted: 1 });
    expect(await escrow.listLog()).toHaveLength(2);
    expect(shop.rows()).toBe(2);
    await expect(escrow.pruneLog({ olderThan: 'a month ago' })).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
      field: 'olderThan',
    });
  });
});
