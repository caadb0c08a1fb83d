import type { ErrorCode } from '../errors/codes.js';
import type { BodyInput } from './body-input.js';
import { verifyNotification, verifyReturn, type VerifyMessageOptions } from './verify-message.js';

/** What {@link diagnoseMessage} resolves to. */
export interface MessageDiagnosis {
  /**
   * Why the message is refused, as precisely as the diagnosis can tell (CHARSET_MISMATCH rather
   * than SIGN_MISMATCH when the other charset matches, MESSAGE_AMBIGUOUS for a forged shape…), or
   * `'OK'` when it verifies.
   */
  code: ErrorCode | 'OK';
  /** What to do about it, in one sentence (for `'OK'`: that nothing is wrong). */
  hint: string;
  /** The pre-sign string the signature was checked over, when verification got that far. */
  presign?: string;
}

/** Options of {@link diagnoseMessage}: the verification options, and which channel the bytes came from. */
export type DiagnoseMessageOptions = VerifyMessageOptions & {
  /** `notify` (a POST body, the default) or `return` (the query string of a return_url visit, with or without `?`). */
  channel?: 'notify' | 'return';
};

const latin1 = new TextDecoder('latin1');

/**
 * Verifies a stored message again with the signature diagnosis switched on (`diagnose: true`),
 * for the CLI, a log page or a replay: a mismatch comes back as the precise cause when one of the
 * usual ones fits. Use it on demand, not on every request: each guess costs a signature check
 * (bounded by a small multiple of the body's size). `checkNotifyId` works as in
 * {@link verifyNotification}; pass `false` to diagnose offline. Never throws for a bad message.
 */
export async function diagnoseMessage(raw: BodyInput, options: DiagnoseMessageOptions): Promise<MessageDiagnosis> {
  const { channel = 'notify', ...verify } = options;
  const asked = { ...verify, diagnose: true };
  const binary = raw instanceof Uint8Array || raw instanceof ArrayBuffer;
  const result =
    channel === 'return' && (typeof raw === 'string' || binary)
      ? await verifyReturn(typeof raw === 'string' ? raw : latin1.decode(raw), asked)
      : await verifyNotification(raw, asked);
  if (result.valid) {
    return {
      code: 'OK',
      hint: 'The message verifies: signature, notify_id and shape are all in order.',
      presign: result.presign,
    };
  }
  return { code: result.code, hint: result.hint, ...(result.presign === undefined ? {} : { presign: result.presign }) };
}
