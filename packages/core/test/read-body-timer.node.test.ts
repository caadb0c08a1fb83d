// The body reader's deadline timer is cleared on every path: a finished read never leaves a
// timer behind to fire later (or to keep a short-lived process alive).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBodyCapped } from '../src/escrow-app/endpoints/read-body.js';

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/alipay/notify', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
}

describe('readBodyCapped leaves no timer behind', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('after a body read in full, declared or streamed', async () => {
    await readBodyCapped(post('a=1', { 'content-length': '3' }), 100, { timeoutMs: 10_000 });
    await readBodyCapped(post(new Blob(['a=1']).stream()), 100, { timeoutMs: 10_000 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after a body refused as too large, by its stream', async () => {
    expect(await readBodyCapped(post(new Blob(['x'.repeat(200)]).stream()), 100, { timeoutMs: 10_000 })).toEqual({
      ok: false,
      reason: 'too_large',
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after a read that failed', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    await expect(readBodyCapped(post(broken), 100, { timeoutMs: 10_000 })).rejects.toThrow('connection reset');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('after a timeout', async () => {
    const stalled = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const read = readBodyCapped(post(stalled), 100, { timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await read).toEqual({ ok: false, reason: 'timeout' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
