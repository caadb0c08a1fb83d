// The checks of a notification or return visit, without the diagnosis of a failed signature:
// what the handlers run (they answer a mismatch with plain SIGN_MISMATCH), so a receiver's bundle
// leaves diagnose-signature.ts out. verify-message.ts adds the diagnosis for `diagnose: true`.
import type { Charset } from '../charset/index.js';
import { decodeBytes } from '../charset/decode.js';
import { AlipayEscrowError } from '../errors/error.js';
import type { ErrorCode } from '../errors/codes.js';
import { bodyBytes, DEFAULT_MAX_BODY_BYTES, type BodyInput } from './body-input.js';
import type { SignatureDiagnosis } from './diagnose-signature.js';
import { latin1, parseFormBody, printable, type RawParam } from './form-body.js';
import { rawPresignBytes } from './raw-presign.js';
import { verifyBytes } from './sign.js';
import type { NotifyIdChecker, NotifyVerifyResult, SignatureKeys, SignType } from './sign-types.js';
import { messageShapeProblem } from './message-shape.js';

/** Options of {@link verifyNotification} and {@link verifyReturn}. */
export interface VerifyMessageOptions {
  /** MD5 key, or RSA with Alipay's public key. */
  keys: SignatureKeys;
  /** The merchant's charset: the `_input_charset` its requests use, so the charset of the messages. */
  charset: Charset;
  /**
   * Asks the gateway whether the notify_id is genuine (`gatewayClient.notifyVerify`). `false` skips
   * only that remote call (offline checks, tests); a notify_id is still required.
   */
  checkNotifyId: NotifyIdChecker | false;
  /** Default 64 KiB. */
  maxBodyBytes?: number;
  /**
   * On a signature mismatch, try the usual ways a genuine message gets broken (wrong charset, a
   * parameter added after signing, `+` read as a plus…) and name the one that fits, e.g.
   * CHARSET_MISMATCH. Each guess costs a full signature check, so it is off by default: the
   * handlers answer plain SIGN_MISMATCH, and diagnosis runs when someone asks (the CLI, the log
   * page, {@link protocol!diagnoseMessage | diagnoseMessage}). Default false.
   */
  diagnose?: boolean;
}

/** What names the cause of a signature mismatch (diagnose-signature.ts); absent, a mismatch is plain SIGN_MISMATCH. */
export type SignatureDiagnoser = (
  body: Uint8Array,
  params: readonly RawParam[],
  sign: string,
  keys: SignatureKeys,
  charset: Charset,
) => Promise<SignatureDiagnosis>;

/** A genuine message: signature right and notify_id confirmed (unless the check was skipped). */
export interface VerifiedMessage {
  /** Always true here; test it to tell the two results apart. */
  valid: true;
  /** Always `'OK'`. */
  code: 'OK';
  /**
   * Every received parameter, decoded with the configured charset, in an object without a
   * prototype (so a parameter named `__proto__` or `constructor` is kept as data).
   */
  params: Record<string, string>;
  /** The pre-sign string (as text) the signature was checked over. */
  presign: string;
  /** The message's `notify_id` (never empty). */
  notifyId: string;
  /** The algorithm the signature was checked with (the configured one). */
  signType: SignType;
  /** The gateway's answer about notify_id, unless the check was skipped. */
  notifyCheck?: NotifyVerifyResult;
}

/** A message that failed a check. Nothing in it may be trusted. */
export interface RejectedMessage {
  /** Always false here. */
  valid: false;
  /**
   * Why: MALFORMED_BODY, DUPLICATE_PARAM, BODY_EMPTY, BODY_TOO_LARGE, BODY_ALREADY_PARSED,
   * MESSAGE_AMBIGUOUS, REQUEST_PARAM_IN_MESSAGE, SIGN_MISSING, SIGN_TYPE_MISMATCH, SIGN_MISMATCH
   * (with `diagnose: true`, a more precise diagnosis such as CHARSET_MISMATCH), CHARSET_UNDECODABLE,
   * NOTIFY_ID_MISSING, NOTIFY_VERIFY_FAILED, NOTIFY_VERIFY_TIMEOUT; a key problem (KEY_INVALID,
   * RSA_KEY_INVALID) also comes back here.
   */
  code: ErrorCode;
  /**
   * True when the signature was checked and matched, and the message was refused after that
   * (NOTIFY_ID_MISSING, CHARSET_UNDECODABLE, NOTIFY_VERIFY_FAILED, NOTIFY_VERIFY_TIMEOUT): the bytes
   * are what the key holder signed. False for everything refused before or by the signature check.
   */
  signatureChecked: boolean;
  /** What to do about it. */
  hint: string;
  /** The error with code, message and hint, ready to log or throw. */
  error: AlipayEscrowError;
  /**
   * Best-effort decoded parameters (for the log), when the body could be parsed; an object without
   * a prototype, like {@link VerifiedMessage.params}.
   */
  params?: Record<string, string>;
  /**
   * The pre-sign string the signature was checked over, when the check got that far (compare it
   * with your own to debug a mismatch).
   */
  presign?: string;
  /** The gateway's answer about notify_id, when it was asked and did not confirm it. */
  notifyCheck?: NotifyVerifyResult;
}

/** What {@link verifyNotification} and {@link verifyReturn} resolve to: test `valid`. */
export type VerifyResult = VerifiedMessage | RejectedMessage;

/**
 * {@link protocol!verifyNotification | verifyNotification} as the handlers run it: every check,
 * and a signature mismatch answered SIGN_MISMATCH whatever `diagnose` says.
 */
export async function verifyNotification(body: BodyInput, options: VerifyMessageOptions): Promise<VerifyResult> {
  return verifyMessage(body, options);
}

/** {@link protocol!verifyReturn | verifyReturn} as the handlers run it (no diagnosis), from a query string or URL. */
export async function verifyReturn(query: string | URL, options: VerifyMessageOptions): Promise<VerifyResult> {
  return verifyMessage(returnQuery(query), options);
}

/** The query of a return visit without its `?`. */
export function returnQuery(query: string | URL): string {
  const search = typeof query === 'string' ? query : query.search;
  return search.startsWith('?') ? search.slice(1) : search;
}

/**
 * Verifies a message (see verify-message.ts for the rules). `diagnoser`, when given and
 * `options.diagnose` is true, names the cause of a signature mismatch.
 */
export async function verifyMessage(
  input: BodyInput,
  options: VerifyMessageOptions,
  diagnoser?: SignatureDiagnoser,
): Promise<VerifyResult> {
  let params: RawParam[] | undefined;
  let presign: string | undefined;
  let signatureChecked = false;
  try {
    const bytes = bodyBytes(input, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    params = parseFormBody(bytes);
    refuseRequestShapes(params);

    const sign = find(params, 'sign');
    if (!sign || sign.value.length === 0) {
      throw new AlipayEscrowError('SIGN_MISSING', 'The message has no `sign` parameter.', {
        hint: 'Every genuine Alipay notification is signed; this one was forged or truncated.',
      });
    }
    const signType = find(params, 'sign_type');
    if (signType && signType.value.length > 0 && latin1(signType.value) !== options.keys.signType) {
      throw new AlipayEscrowError(
        'SIGN_TYPE_MISMATCH',
        `The message says sign_type=${JSON.stringify(latin1(signType.value))} but you verify with ${options.keys.signType}.`,
        {
          hint: 'A sign_type other than the configured one is refused, so an attacker cannot pick the algorithm. Configure the sign type your Alipay account uses.',
          field: 'sign_type',
        },
      );
    }

    const signed = rawPresignBytes(params);
    presign = decodeLoose(signed, options.charset);
    const signature = latin1(sign.value);
    if (!(await verifyBytes(signed, signature, options.keys, options.charset))) {
      const diagnosis =
        options.diagnose === true && diagnoser !== undefined
          ? await diagnoser(bytes, params, signature, options.keys, options.charset)
          : { code: 'SIGN_MISMATCH' as const, hint: PLAIN_MISMATCH_HINT };
      throw new AlipayEscrowError(diagnosis.code, 'The signature does not match the message.', {
        hint: diagnosis.hint,
      });
    }
    signatureChecked = true;

    const decoded = decodeParams(params, options.charset);
    const notifyId = decoded['notify_id'];
    if (!notifyId) {
      throw new AlipayEscrowError('NOTIFY_ID_MISSING', 'The message has no notify_id.', {
        hint: 'Genuine notifications always carry one; without it the gateway cannot confirm the message, so it is refused (the official demo would accept it on the signature alone).',
        field: 'notify_id',
      });
    }

    if (options.checkNotifyId === false) {
      return { valid: true, code: 'OK', params: decoded, presign, notifyId, signType: options.keys.signType };
    }
    const notifyCheck = await options.checkNotifyId(notifyId);
    if (notifyCheck.outcome !== 'verified') {
      const timeout = notifyCheck.outcome === 'timeout';
      const error = new AlipayEscrowError(
        timeout ? 'NOTIFY_VERIFY_TIMEOUT' : 'NOTIFY_VERIFY_FAILED',
        timeout
          ? 'The gateway did not answer notify_verify in time.'
          : `The gateway did not confirm notify_id (answer: ${JSON.stringify(notifyCheck.body ?? notifyCheck.outcome)}).`,
        {
          hint: timeout
            ? 'Nothing was applied; reply `fail` and Alipay will deliver the notification again.'
            : 'The message is forged, replayed after its notify_id expired (return_url ids live about one minute), or verified with the wrong partner.',
        },
      );
      return { ...rejected(error, decoded, presign, true), notifyCheck };
    }
    return {
      valid: true,
      code: 'OK',
      params: decoded,
      presign,
      notifyId,
      signType: options.keys.signType,
      notifyCheck,
    };
  } catch (error) {
    if (!AlipayEscrowError.is(error)) throw error;
    return rejected(error, params ? decodeParamsLoose(params, options.charset) : undefined, presign, signatureChecked);
  }
}

const PLAIN_MISMATCH_HINT =
  'The signature does not match. A forged or altered message, or a key, charset or raw-body problem: run the diagnosis on the logged body (`alipay-escrow verify`, or diagnoseMessage) to learn which.';

/**
 * Refuses a message that can only be a request the merchant signed, cut up to look like a
 * notification (see message-shape.ts). Runs before the signature check: it is cheap, and a
 * forgery must not cost a diagnosis.
 */
function refuseRequestShapes(params: readonly RawParam[]): void {
  const problem = messageShapeProblem(params);
  if (problem === undefined) return;
  const shown = printable(problem.param, 60);
  if (problem.kind === 'request_param') {
    throw new AlipayEscrowError(
      'REQUEST_PARAM_IN_MESSAGE',
      `The message carries "${shown}", a parameter only requests to Alipay have.`,
      {
        hint: "Alipay's notifications and returns never carry it: the message imitates a request the merchant signed. If you added such a query parameter to notify_url or return_url yourself, remove it.",
        field: shown,
      },
    );
  }
  throw new AlipayEscrowError(
    'MESSAGE_AMBIGUOUS',
    problem.kind === 'name'
      ? `Parameter name "${shown}" has characters other than a-z, 0-9 and _.`
      : `The value of "${shown}" holds "&${printable(problem.name, 60)}=": read at that "&", the signed string names a parameter only requests carry.`,
    {
      hint: 'Alipay never sends such a parameter: the message imitates a request the merchant signed, to reuse its signature. It was refused whatever its signature; nothing was applied.',
      field: shown,
    },
  );
}

function rejected(
  error: AlipayEscrowError,
  params: Record<string, string> | undefined,
  presign: string | undefined,
  signatureChecked: boolean,
): RejectedMessage {
  return {
    valid: false,
    code: error.code,
    hint: error.hint ?? error.message,
    error,
    signatureChecked,
    ...(params ? { params } : {}),
    ...(presign !== undefined ? { presign } : {}),
  };
}

function find(params: readonly RawParam[], key: string): RawParam | undefined {
  return params.find((p) => p.key === key);
}

/** A record without a prototype: `__proto__`, `constructor`… are plain keys in it. */
function bareRecord(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * Decodes every value with the configured charset; bytes invalid in it are an error naming the
 * field. The result has no prototype, so every signed parameter is kept, `__proto__` included.
 */
export function decodeParams(params: readonly RawParam[], charset: Charset): Record<string, string> {
  const out = bareRecord();
  for (const p of params) {
    out[decodeBytes(p.name, charset, { field: p.key })] = decodeBytes(p.value, charset, { field: p.key });
  }
  return out;
}

const loose: Partial<Record<Charset, TextDecoder>> = {};

function decodeLoose(bytes: Uint8Array, charset: Charset): string {
  try {
    return (loose[charset] ??= new TextDecoder(charset, { ignoreBOM: true })).decode(bytes);
  } catch {
    return latin1(bytes);
  }
}

function decodeParamsLoose(params: readonly RawParam[], charset: Charset): Record<string, string> {
  const out = bareRecord();
  for (const p of params) out[decodeLoose(p.name, charset)] = decodeLoose(p.value, charset);
  return out;
}
