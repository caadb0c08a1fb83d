import { AlipayEscrowError } from '../errors/error.js';

/** Alipay's notifications are a few KiB; anything near this is not one. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * A raw message as received: the exact body bytes (`Uint8Array`, `ArrayBuffer`), or a string that
 * is encoded as UTF-8 (only safe for an ASCII, percent-encoded body). A parsed object is refused
 * with BODY_ALREADY_PARSED.
 */
export type BodyInput = Uint8Array | ArrayBuffer | string;

const encoder = new TextEncoder();

/** Turns what the caller has into the exact bytes, refusing what cannot be a raw form body. */
export function bodyBytes(body: BodyInput | unknown, maxBytes = DEFAULT_MAX_BODY_BYTES): Uint8Array {
  let bytes: Uint8Array;
  if (body instanceof Uint8Array) bytes = body;
  else if (body instanceof ArrayBuffer) bytes = new Uint8Array(body);
  else if (typeof body === 'string') bytes = encoder.encode(body);
  else {
    throw new AlipayEscrowError(
      'BODY_ALREADY_PARSED',
      `Expected the raw body (Uint8Array, ArrayBuffer or string) but got ${describe(body)}.`,
      {
        hint: 'A body parser already turned the body into an object; signatures cover the exact bytes, so read the raw body (e.g. `await request.arrayBuffer()`) before any parser runs.',
      },
    );
  }
  if (bytes.length > maxBytes) {
    throw new AlipayEscrowError('BODY_TOO_LARGE', `The body is ${bytes.length} bytes; the limit is ${maxBytes}.`, {
      hint: 'A genuine notification is a few KiB. If you need more, raise `maxBodyBytes`.',
      status: 413,
    });
  }
  if (bytes.length === 0) {
    throw new AlipayEscrowError('BODY_EMPTY', 'The body is empty.', {
      hint: 'Alipay POSTs the notification as a form body; an empty body usually means a body parser consumed the stream first, or this is not a notification.',
    });
  }
  const first = firstNonSpace(bytes);
  if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
    throw new AlipayEscrowError('BODY_ALREADY_PARSED', 'The body looks like JSON, not a form body.', {
      hint: 'Something re-serialised the parsed body; pass the raw request bytes instead.',
    });
  }
  return bytes;
}

function firstNonSpace(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return b;
  }
  return -1;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value)})`;
  return typeof value;
}
