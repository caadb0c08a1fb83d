/**
 * Just enough ASN.1 DER to tell RSA key encodings apart and to wrap PKCS#1 keys into the
 * PKCS#8 / SPKI envelopes that WebCrypto imports. Never inspects or copies more than that.
 */

const TAG_INTEGER = 0x02;
const TAG_BIT_STRING = 0x03;
const TAG_OCTET_STRING = 0x04;
const TAG_NULL = 0x05;
const TAG_OID = 0x06;
const TAG_SEQUENCE = 0x30;

/** OID 1.2.840.113549.1.1.1 (rsaEncryption), content bytes only. */
const RSA_ENCRYPTION_OID = new Uint8Array([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01]);

/** What a DER blob holds, as far as RSA keys go. */
export type RsaDerKind = 'pkcs8' | 'pkcs1-private' | 'spki' | 'pkcs1-public';

/** `other-algorithm`: a PKCS#8/SPKI envelope for a non-RSA key (EC, DSA, Ed25519 …). */
export type DerClassification = RsaDerKind | 'other-algorithm' | 'unrecognised';

interface Tlv {
  tag: number;
  /** First content byte. */
  start: number;
  /** One past the last content byte. */
  end: number;
}

/** Reads one TLV at `at`, or undefined when the header or length is malformed or overruns `limit`. */
function readTlv(bytes: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = bytes[at]!;
  let len = bytes[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    if (count === 0 || count > 4 || start + count > limit) return undefined;
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + bytes[start + i]!;
    start += count;
  }
  const end = start + len;
  return end <= limit ? { tag, start, end } : undefined;
}

/** The TLVs directly inside `[start, end)`, or undefined if they do not tile it exactly. */
function children(bytes: Uint8Array, start: number, end: number): Tlv[] | undefined {
  const out: Tlv[] = [];
  let at = start;
  while (at < end) {
    const tlv = readTlv(bytes, at, end);
    if (!tlv) return undefined;
    out.push(tlv);
    at = tlv.end;
  }
  return out;
}

function isRsaAlgorithmIdentifier(bytes: Uint8Array, alg: Tlv): boolean {
  const parts = children(bytes, alg.start, alg.end);
  const oid = parts?.[0];
  if (!oid || oid.tag !== TAG_OID || oid.end - oid.start !== RSA_ENCRYPTION_OID.length) return false;
  for (let i = 0; i < RSA_ENCRYPTION_OID.length; i++) {
    if (bytes[oid.start + i] !== RSA_ENCRYPTION_OID[i]) return false;
  }
  return true;
}

/** Tells which RSA key encoding `der` is (by structure alone; WebCrypto checks the numbers). */
export function classifyRsaDer(der: Uint8Array): DerClassification {
  const outer = readTlv(der, 0, der.length);
  if (!outer || outer.tag !== TAG_SEQUENCE || outer.end !== der.length) return 'unrecognised';
  const parts = children(der, outer.start, outer.end);
  if (!parts || parts.length < 2) return 'unrecognised';
  const [first, second] = parts as [Tlv, Tlv];
  if (first.tag === TAG_SEQUENCE && second.tag === TAG_BIT_STRING) {
    return isRsaAlgorithmIdentifier(der, first) ? 'spki' : 'other-algorithm';
  }
  if (first.tag === TAG_INTEGER && second.tag === TAG_SEQUENCE && parts[2]?.tag === TAG_OCTET_STRING) {
    return isRsaAlgorithmIdentifier(der, second) ? 'pkcs8' : 'other-algorithm';
  }
  if (parts.every((p) => p.tag === TAG_INTEGER)) {
    if (parts.length === 2) return 'pkcs1-public';
    if (parts.length >= 9) return 'pkcs1-private';
  }
  return 'unrecognised';
}

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return [0x80 | out.length, ...out];
}

function tlv(tag: number, content: Uint8Array): Uint8Array {
  const head = [tag, ...lengthBytes(content.length)];
  const out = new Uint8Array(head.length + content.length);
  out.set(head, 0);
  out.set(content, head.length);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function rsaAlgorithmIdentifier(): Uint8Array {
  return tlv(TAG_SEQUENCE, concat(tlv(TAG_OID, RSA_ENCRYPTION_OID), tlv(TAG_NULL, new Uint8Array(0))));
}

/** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, NULL parameters). */
export function wrapPkcs1PrivateKey(pkcs1: Uint8Array): Uint8Array {
  const version = tlv(TAG_INTEGER, new Uint8Array([0]));
  return tlv(TAG_SEQUENCE, concat(version, rsaAlgorithmIdentifier(), tlv(TAG_OCTET_STRING, pkcs1)));
}

/** PKCS#1 RSAPublicKey → SubjectPublicKeyInfo (rsaEncryption, NULL, BIT STRING with 0 unused bits). */
export function wrapPkcs1PublicKey(pkcs1: Uint8Array): Uint8Array {
  const bits = tlv(TAG_BIT_STRING, concat(new Uint8Array([0]), pkcs1));
  return tlv(TAG_SEQUENCE, concat(rsaAlgorithmIdentifier(), bits));
}
