import type { Charset } from '../charset/index.js';
import { decodeBytes } from '../charset/decode.js';
import { encodeText } from '../charset/encode.js';
import type { ErrorCode } from '../errors/codes.js';
import { latin1, parseFormBody, type RawParam } from './form-body.js';
import { rawPresignBytes } from './raw-presign.js';
import { verifyBytes } from './sign.js';
import type { SignatureKeys } from './sign-types.js';

export interface SignatureDiagnosis {
  code: ErrorCode;
  hint: string;
}

const OTHER: Record<Charset, Charset> = { 'utf-8': 'gbk', gbk: 'utf-8' };
const MAX_OMIT_TRIALS = 64;
/**
 * The bytes all guesses together may hash: this many times the body, and at least
 * {@link MIN_BUDGET_BYTES}. A body split into many parameters would otherwise cost one full hash
 * per parameter left out; with the budget, diagnosing any body costs a small multiple of reading it.
 */
const BUDGET_FACTOR = 8;
const MIN_BUDGET_BYTES = 32 * 1024;

/**
 * Runs only when asked (`diagnose: true`), after a signature failed: tries the usual ways a
 * genuine message gets broken and says which one fits. Each guess is a full signature check, so a
 * match is evidence, not a heuristic; guesses stop when the hashing budget is spent.
 */
export async function diagnoseSignature(
  body: Uint8Array,
  params: readonly RawParam[],
  sign: string,
  keys: SignatureKeys,
  charset: Charset,
): Promise<SignatureDiagnosis> {
  let budget = Math.max(BUDGET_FACTOR * body.length, MIN_BUDGET_BYTES);
  const check = async (bytes: Uint8Array, cs: Charset = charset): Promise<boolean> => {
    if (bytes.length > budget) {
      budget = 0; // spent: no further guess is even built
      return false;
    }
    budget -= bytes.length;
    return verifyBytes(bytes, sign, keys, cs).catch(() => false);
  };

  if (keys.signType === 'MD5' && /^[0-9A-F]{32}$/i.test(sign) && sign !== sign.toLowerCase()) {
    const presign = rawPresignBytes(params);
    budget -= presign.length;
    if (await verifyBytes(presign, sign.toLowerCase(), keys, charset).catch(() => false)) {
      return {
        code: 'SIGN_MISMATCH',
        hint: 'The sign is right but written in upper-case hex; Alipay sends lower-case, so the message was rewritten on the way.',
      };
    }
  }

  const other = OTHER[charset];
  const reencoded = reencode(params, charset, other);
  if (reencoded && (await check(rawPresignBytes(reencoded), other))) {
    return {
      code: 'CHARSET_MISMATCH',
      hint: `The signature matches the same text as ${other} bytes, but this body is ${charset} and your charset is "${charset}". Use the same charset as the request's _input_charset on both sides.`,
    };
  }
  if (await check(rawPresignBytes(params, { keepEmpty: true }))) {
    return {
      code: 'SIGN_MISMATCH',
      hint: 'The sender signed the empty parameters too ("name=&…"). Alipay leaves empty values out of the signature; fix the signer.',
    };
  }

  if (params.length <= MAX_OMIT_TRIALS) {
    for (const p of params) {
      if (p.key === 'sign' || p.key === 'sign_type' || p.value.length === 0) continue;
      if (budget <= 0) break;
      if (await check(rawPresignBytes(params, { omit: p.key }))) {
        return {
          code: 'SIGN_MISMATCH',
          hint: `Parameter "${p.key}" is not covered by the signature: it was added after signing (a route or tracking parameter on the callback URL, or a field a proxy appended). Keep callback URLs free of query parameters.`,
        };
      }
    }
  }

  try {
    if (budget <= 0) throw new RangeError('diagnosis budget spent');
    const literalPlus = parseFormBody(body, { plusIsSpace: false });
    if (await check(rawPresignBytes(literalPlus))) {
      return {
        code: 'SIGN_MISMATCH',
        hint: "The signature matches only if '+' is read as a literal plus: the sender used decodeURIComponent-style decoding. In a form body '+' means space.",
      };
    }
  } catch {
    // budget spent, or: the body parsed once already; a second parse cannot fail differently
  }

  if (containsReplacementChar(body)) {
    return {
      code: 'SIGN_MISMATCH',
      hint: 'The body contains U+FFFD replacement characters: it was decoded as UTF-8 and re-encoded before it reached the verifier, which destroys GBK text. Pass the raw request bytes.',
    };
  }

  return {
    code: 'SIGN_MISMATCH',
    hint: `The signature does not match. Check that the key belongs to this partner, that the charset is right (configured "${charset}"), and that the verifier gets the raw, unmodified body.`,
  };
}

function reencode(params: readonly RawParam[], from: Charset, to: Charset): RawParam[] | undefined {
  try {
    return params.map((p) => ({ ...p, value: from === to ? p.value : encodeText(decodeBytes(p.value, from), to) }));
  } catch {
    return undefined;
  }
}

function containsReplacementChar(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  // the same bytes, percent-encoded
  return /%EF%BF%BD/i.test(latin1(bytes));
}
