/**
 * What {@link readBodyCapped} made of the body: its bytes, or why it gave up. `too_large`: over
 * the byte cap (declared or counted); `timeout`: the body did not arrive whole before the deadline.
 */
export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too_large' | 'timeout' };

/** Options of {@link readBodyCapped}. */
export interface ReadBodyOptions {
  /** How long the whole body may take to arrive, in milliseconds, from the call on. */
  timeoutMs: number;
}

/** The default of `EscrowOptions.bodyReadTimeoutMs`: generous for a KiB-sized body sent at once. */
export const DEFAULT_BODY_READ_TIMEOUT_MS = 10_000;

const TOO_LARGE = { ok: false, reason: 'too_large' } as const;
const TIMEOUT = { ok: false, reason: 'timeout' } as const;

/**
 * Reads the request body as raw bytes without ever holding more than `maxBytes` (+ one chunk):
 * a Content-Length over the limit is refused before reading, a stream that grows past it is
 * cancelled. Content-Type is not looked at (Alipay's is often malformed).
 *
 * The whole read has a deadline (`timeoutMs`): a client that sends the headers and then trickles
 * or withholds the body (a slow-body attack) gets `{ ok: false, reason: 'timeout' }` and its stream
 * is cancelled, instead of holding the handler open. A body already in memory (the usual case
 * behind a server that buffers it, and in-process calls) is read within a few microtask turns,
 * before any timer is due: the timer is only started when the read is still outstanding after
 * those turns, so such a read costs no timer at all. The deadline still counts from the call (the
 * turns take microseconds). The timer exists only while the read is outstanding and is cleared on
 * every path, so it never keeps a process alive after the read. Other read failures reject.
 */
export async function readBodyCapped(
  request: Request,
  maxBytes: number,
  options: ReadBodyOptions = { timeoutMs: DEFAULT_BODY_READ_TIMEOUT_MS },
): Promise<BodyRead> {
  const declared = request.headers.get('content-length');
  const length = declared !== null && /^[0-9]+$/.test(declared.trim()) ? Number(declared.trim()) : undefined;
  if (length !== undefined && length > maxBytes) {
    await cancelBody(request);
    return TOO_LARGE;
  }
  const started = Date.now();
  let onTimeout: (() => void) | undefined;
  const read =
    length !== undefined
      ? readDeclared(request, maxBytes)
      : readStream(request, maxBytes, (cancel) => (onTimeout = cancel));
  if (await settlesSoon(read)) return read;
  const deadline = startDeadline(Math.max(0, options.timeoutMs - (Date.now() - started)));
  try {
    void deadline.expired.then(() => onTimeout?.());
    const result = await Promise.race([read, deadline.expired]);
    if (result === TIMEOUT) {
      // Settles the pending read (the stream errors or ends), so no promise is left dangling.
      read.catch(() => undefined);
      await cancelBody(request);
    }
    return result;
  } finally {
    deadline.clear();
  }
}

/** How many microtask turns a read gets before the deadline's timer is started. */
const SETTLE_TURNS = 16;

/**
 * Whether `promise` settles (either way) within SETTLE_TURNS microtask turns: true for a body
 * that is already in memory, false for one that waits on the network.
 */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  const mark = (): void => {
    settled = true;
  };
  promise.then(mark, mark);
  for (let turn = 0; turn < SETTLE_TURNS && !settled; turn++) await undefined;
  return settled;
}

/**
 * A declared length within the cap: one read, which lets servers that wrap Node's request (e.g.
 * @hono/node-server) skip building a web stream. The length is checked again after.
 */
async function readDeclared(request: Request, maxBytes: number): Promise<BodyRead> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  return bytes.length > maxBytes ? TOO_LARGE : { ok: true, bytes };
}

async function readStream(
  request: Request,
  maxBytes: number,
  onTimeout: (cancel: () => void) => void,
): Promise<BodyRead> {
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  // On timeout the reader (which holds the stream's lock) is the one that can cancel it.
  onTimeout(() => void reader.cancel().catch(() => undefined));
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * A promise that resolves to TIMEOUT after `ms` unless cleared first. The timer is not unref'd:
 * while a read is outstanding the deadline must fire even when nothing else keeps the event loop
 * running (a stalled stream alone does not, in Deno for one).
 */
function startDeadline(ms: number): { expired: Promise<typeof TIMEOUT>; clear(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cleared = false;
  const expired = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => {
      if (!cleared) resolve(TIMEOUT);
    }, ms);
  });
  return {
    expired,
    clear() {
      cleared = true;
      clearTimeout(timer);
    },
  };
}

/** Cancels the body when it is still readable (locked or used bodies cannot be, and need not be). */
async function cancelBody(request: Request): Promise<void> {
  if (request.body !== null && !request.body.locked) await request.body.cancel().catch(() => undefined);
}
