// The notify body reader: a byte cap and a deadline. A client that sends its headers and then
// trickles or withholds the body gets `{ ok: false, reason: 'timeout' }` and its stream is
// cancelled, on both read paths (a declared Content-Length, and a stream of unknown length).
import { describe, expect, it } from 'vitest';
import { readBodyCapped } from '../src/escrow-app/endpoints/read-body.js';

const encoder = new TextEncoder();

/** A body stream that sends `first` (if any), then nothing more; records whether it was cancelled. */
function stalledStream(first?: string): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first !== undefined) controller.enqueue(encoder.encode(first));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/alipay/notify', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
}

describe('readBodyCapped: the read deadline', () => {
  it('gives up on a stream that stops sending, and cancels it', async () => {
    const { stream, cancelled } = stalledStream('notify_id=abc&');
    expect(await readBodyCapped(post(stream), 65_536, { timeoutMs: 50 })).toEqual({ ok: false, reason: 'timeout' });
    expect(cancelled()).toBe(true);
  });

  it('gives up on a body that never starts', async () => {
    const { stream, cancelled } = stalledStream();
    expect(await readBodyCapped(post(stream), 65_536, { timeoutMs: 50 })).toEqual({ ok: false, reason: 'timeout' });
    expect(cancelled()).toBe(true);
  });

  it('gives up when a declared Content-Length never arrives', async () => {
    const { stream } = stalledStream('notify_id=abc&');
    const request = post(stream, { 'content-length': '100' });
    expect(await readBodyCapped(request, 65_536, { timeoutMs: 50 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('reads a body that arrives in time, on both paths', async () => {
    const text = 'notify_id=abc&trade_status=WAIT_SELLER_SEND_GOODS';
    const streamed = await readBodyCapped(post(new Blob([text]).stream()), 65_536, { timeoutMs: 5_000 });
    expect(streamed.ok && new TextDecoder().decode(streamed.bytes)).toBe(text);
    const declared = await readBodyCapped(post(text, { 'content-length': String(text.length) }), 65_536, {
      timeoutMs: 5_000,
    });
    expect(declared.ok && new TextDecoder().decode(declared.bytes)).toBe(text);
  });

  it('says why it refused a body over the cap, declared or counted', async () => {
    const big = 'x'.repeat(200);
    expect(await readBodyCapped(post(big, { 'content-length': '200' }), 100, { timeoutMs: 5_000 })).toEqual({
      ok: false,
      reason: 'too_large',
    });
    expect(await readBodyCapped(post(new Blob([big]).stream()), 100, { timeoutMs: 5_000 })).toEqual({
      ok: false,
      reason: 'too_large',
    });
  });
});
