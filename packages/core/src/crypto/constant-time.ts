/**
 * Equality checks whose running time does not depend on where (or whether) the inputs differ,
 * for comparing a received signature with the expected one. Plain JS, portable.
 *
 * Both functions XOR-accumulate over every position and decide only at the end. When the lengths
 * differ they still run a full loop, over the longer input compared with itself, and return
 * false: the time then depends only on the lengths, never on the content, and both arguments are
 * treated alike, so it does not matter which one is the expected value.
 */

/** True when `a` and `b` hold the same bytes. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  const sameLength = a.length === b.length;
  const x = sameLength || a.length > b.length ? a : b;
  const y = sameLength ? b : x;
  let diff = a.length ^ b.length;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/** True when `a` and `b` are the same string (compared by UTF-16 code units). */
export function timingSafeEqualString(a: string, b: string): boolean {
  const sameLength = a.length === b.length;
  const x = sameLength || a.length > b.length ? a : b;
  const y = sameLength ? b : x;
  let diff = a.length ^ b.length;
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i);
  return diff === 0;
}
