/**
 * Turns the RSA keys merchants actually hold (PKCS#8 or PKCS#1 PEM, SPKI or PKCS#1 public PEM,
 * or the bare base64 DER Alipay's key tool prints) into WebCrypto RSASSA-PKCS1-v1_5 / SHA-1 keys.
 * Imported keys are cached per input string. Errors describe the problem, never the key.
 */
import { AlipayEscrowError } from '../errors/error.js';
import { base64Decode } from './base64.js';
import { classifyRsaDer, wrapPkcs1PrivateKey, wrapPkcs1PublicKey } from './der.js';

/** A private key signs (the merchant's own); a public key verifies (Alipay's). */
export type RsaKeyRole = 'private' | 'public';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' } as const;
const CACHE_LIMIT = 32;
const caches: Record<RsaKeyRole, Map<string, Promise<CryptoKey>>> = { private: new Map(), public: new Map() };

const EXPECTED: Record<RsaKeyRole, { field: string; what: string; forms: string }> = {
  private: {
    field: 'privateKey',
    what: 'the merchant RSA private key',
    forms: 'a PEM "BEGIN PRIVATE KEY" (PKCS#8) or "BEGIN RSA PRIVATE KEY" (PKCS#1) block, or its bare base64 body',
  },
  public: {
    field: 'alipayPublicKey',
    what: "Alipay's RSA public key",
    forms: 'a PEM "BEGIN PUBLIC KEY" (SPKI) or "BEGIN RSA PUBLIC KEY" (PKCS#1) block, or its bare base64 body',
  },
};

function keyError(role: RsaKeyRole, problem: string, cause?: unknown): AlipayEscrowError {
  const e = EXPECTED[role];
  return new AlipayEscrowError('RSA_KEY_INVALID', `Cannot use ${e.what} (\`${e.field}\`): ${problem}.`, {
    hint: `Expected ${e.forms}; line breaks and indentation are fine.`,
    field: e.field,
    status: 500,
    ...(cause === undefined ? {} : { cause }),
  });
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

/** The DER bytes of a PEM block or bare base64 text. Throws RSA_KEY_INVALID naming the problem. */
function derOf(text: string, role: RsaKeyRole): Uint8Array {
  // Keys pasted into env files often carry literal "\n" sequences instead of line breaks.
  const input = text.replace(/\\r|\\n/g, '\n');
  let body = input;
  if (input.includes('-----BEGIN')) {
    const m = PEM_BLOCK.exec(input);
    if (!m) throw keyError(role, 'the PEM block has no matching "-----END …-----" line');
    const label = m[1]!;
    if (label === 'ENCRYPTED PRIVATE KEY' || m[2]!.includes('Proc-Type:')) {
      throw keyError(
        role,
        'the PEM key is encrypted with a passphrase; decrypt it first (openssl pkcs8 -topk8 -nocrypt)',
      );
    }
    if (label === 'CERTIFICATE') throw keyError(role, 'got a certificate, not a key');
    if (!['PRIVATE KEY', 'RSA PRIVATE KEY', 'PUBLIC KEY', 'RSA PUBLIC KEY'].includes(label)) {
      throw keyError(role, `unsupported PEM type "${label}"`);
    }
    body = m[2]!;
  }
  const der = base64Decode(body.replace(/\s+/g, ''));
  if (!der || der.length === 0) throw keyError(role, 'the key text is not valid base64');
  return der;
}

/** DER in the format WebCrypto imports for `role` (PKCS#8 or SPKI), wrapping PKCS#1 as needed. */
function importableDer(text: string, role: RsaKeyRole): { format: 'pkcs8' | 'spki'; der: Uint8Array<ArrayBuffer> } {
  const der = derOf(text, role);
  const kind = classifyRsaDer(der);
  if (kind === 'other-algorithm') throw keyError(role, 'the key is not an RSA key (EC, DSA or another algorithm)');
  if (kind === 'unrecognised') throw keyError(role, 'the bytes are not an RSA key in any known encoding');
  const isPrivate = kind === 'pkcs8' || kind === 'pkcs1-private';
  if (role === 'private' && !isPrivate) throw keyError(role, 'got a public key where a private key is needed');
  if (role === 'public' && isPrivate) throw keyError(role, 'got a private key where a public key is needed');
  const copy = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
  if (kind === 'pkcs8') return { format: 'pkcs8', der: copy(der) };
  if (kind === 'pkcs1-private') return { format: 'pkcs8', der: copy(wrapPkcs1PrivateKey(der)) };
  if (kind === 'spki') return { format: 'spki', der: copy(der) };
  return { format: 'spki', der: copy(wrapPkcs1PublicKey(der)) };
}

async function importFromText(text: string, role: RsaKeyRole): Promise<CryptoKey> {
  const { format, der } = importableDer(text, role);
  try {
    return await crypto.subtle.importKey(format, der, ALGORITHM, false, [role === 'private' ? 'sign' : 'verify']);
  } catch (cause) {
    throw keyError(role, 'the runtime rejected the key (corrupt or truncated key data)', cause);
  }
}

function checkCryptoKey(key: CryptoKey, role: RsaKeyRole): CryptoKey {
  const alg = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  const usage = role === 'private' ? 'sign' : 'verify';
  if (alg.name !== ALGORITHM.name || alg.hash?.name !== ALGORITHM.hash) {
    throw keyError(
      role,
      `the CryptoKey was imported for ${alg.name ?? '?'} / ${alg.hash?.name ?? '?'}, not RSASSA-PKCS1-v1_5 / SHA-1`,
    );
  }
  if (key.type !== role || !key.usages.includes(usage)) {
    throw keyError(
      role,
      `the CryptoKey is a ${key.type} key with usages [${key.usages.join(', ')}]; a ${role} key with "${usage}" is needed`,
    );
  }
  return key;
}

/**
 * The WebCrypto key for `input` in `role`. Strings are parsed and imported once, then served
 * from a small per-role cache; CryptoKeys are checked for algorithm, hash, type and usage.
 */
export async function importRsaKey(input: string | CryptoKey, role: RsaKeyRole): Promise<CryptoKey> {
  if (typeof input !== 'string') {
    if (typeof input !== 'object' || input === null || !('algorithm' in input)) {
      throw keyError(role, 'the value is neither a string nor a CryptoKey');
    }
    return checkCryptoKey(input, role);
  }
  const cache = caches[role];
  const hit = cache.get(input);
  if (hit) return hit;
  const pending = importFromText(input, role);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(input, pending);
  pending.catch(() => cache.delete(input));
  return pending;
}
