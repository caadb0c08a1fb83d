// The memory store on every runtime (Node, workerd, Deno): it is the one store with no driver.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import { sampleLogEntry } from './log-entry-fixture.js';
import { runStoreContract } from './store-contract.js';

runStoreContract('memory', async () => ({ store: createMemoryStore(), close: async () => {} }));

describe('createMemoryStore log bound', () => {
  it('keeps at most maxLogEntries entries, dropping the oldest appended (by receive or appendLog)', async () => {
    const store = createMemoryStore({ maxLogEntries: 2 });
    const entry = (id: string) => sampleLogEntry(id);
    await store.appendLog({ ...entry('a'), headers: {} });
    await store.receive({ log: { ...entry('b'), headers: {} }, outTradeNo: null });
    await store.appendLog({ ...entry('c'), headers: {} });
    expect((await store.listLog()).map((e) => e.id).sort()).toEqual(['b', 'c']);
    expect(await store.getLog('a')).toBeUndefined();
  });

  it('keeps the newest maxLogEntries entries through many drops, listing, settling and pruning them as usual', async () => {
    const store = createMemoryStore({ maxLogEntries: 3 });
    const entry = (n: number) =>
      sampleLogEntry(`e${n}`, {
        receivedAt: `2026-03-01T08:00:${String(n).padStart(2, '0')}.000Z`,
        raw: new Uint8Array([n]),
        rawSize: 1,
        authenticity: 'verified',
      });
    for (let n = 1; n <= 20; n++) {
      await store.appendLog({ ...entry(n), headers: {} });
      const kept = Array.from({ length: Math.min(n, 3) }, (_, i) => `e${n - i}`);
      expect((await store.listLog()).map((e) => e.id)).toEqual(kept);
      expect(await store.getLog(`e${n - 3}`)).toBeUndefined();
    }
    await store.settle({ log: { id: 'e19', update: { verdict: 'applied' } } });
    expect((await store.getLog('e19'))?.verdict).toBe('applied');
    expect(await store.pruneLog({ before: '2026-03-01T08:00:20.000Z', verdicts: ['received'] })).toBe(1);
    expect((await store.listLog()).map((e) => e.id)).toEqual(['e20', 'e19']);
    await store.appendLog({ ...entry(21), headers: {} });
    await store.appendLog({ ...entry(22), headers: {} });
    expect((await store.listLog()).map((e) => e.id)).toEqual(['e22', 'e21', 'e20']);
    expect(await store.getLog('e19')).toBeUndefined();
  });

  it('rejects a maxLogEntries that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5]) expect(() => createMemoryStore({ maxLogEntries: bad })).toThrow(/maxLogEntries/);
  });
});
