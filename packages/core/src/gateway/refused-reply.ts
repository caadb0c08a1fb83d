/**
 * The bytes of a reply the client refused to read (GATEWAY_RESPONSE_INVALID, RESPONSE_SIGN_INVALID),
 * kept beside the thrown error so that reconcile and sendGoods can log what actually came back.
 * Internal: not exported from the package, and never part of the error's message.
 */
import { AlipayEscrowError } from '../errors/error.js';

const REPLY_BYTES = new WeakMap<AlipayEscrowError, Uint8Array>();

/** Runs `read`; an AlipayEscrowError it throws is re-thrown with `bytes` attached. */
export async function refusingReply<T>(bytes: Uint8Array | (() => Uint8Array), read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (AlipayEscrowError.is(error) && !REPLY_BYTES.has(error))
      REPLY_BYTES.set(error, typeof bytes === 'function' ? bytes() : bytes);
    throw error;
  }
}

/** The reply behind an error the gateway client threw while reading it; undefined for any other error. */
export function refusedReplyBytes(error: unknown): Uint8Array | undefined {
  return typeof error === 'object' && error !== null ? REPLY_BYTES.get(error as AlipayEscrowError) : undefined;
}
