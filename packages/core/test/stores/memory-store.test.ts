// The memory store on every runtime (Node, workerd, Deno): it is the one store with no driver.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { runStoreContract } from './store-contract.js';

runStoreContract('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));

describe('createMemoryStore log bound', () => {
  it('keeps at most maxLogEntries entries, dropping the oldest appended (by receive or appendLog)', async () => {
    const store = createMemoryStore({ maxLogEntries: 2 });
    const entry = (id: string) => ({
      id, channel: 'notify', receivedAt: '2026-03-01T08:00:00.000Z', method: 'POST', raw: new Uint8Array(0), rawSize: 0, rawSha256: '',
      authenticity: 'none', headers: {}, remoteAddress: null, verdict: 'received', code: null, detail: null, outTradeNo: null, notifyId: null,
      tradeStatus: null, refundStatus: null, reply: null, replayOf: null,
    }) as const;
    await store.appendLog({ ...entry('a'), headers: {} });
    await store.receive({ log: { ...entry('b'), headers: {} }, outTradeNo: null });
    await store.appendLog({ ...entry('c'), headers: {} });
    expect((await store.listLog()).map((e) => e.id).sort()).toEqual(['b', 'c']);
    expect(await store.getLog('a')).toBeUndefined();
  });

  it('rejects a maxLogEntries that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5]) expect(() => createMemoryStore({ maxLogEntries: bad })).toThrow(/maxLogEntries/);
  });
});
