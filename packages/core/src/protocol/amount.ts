/**
 * Money as integer fen (cents) in a bigint: no floating point anywhere, no overflow however many
 * digits a caller passes. The wire form is yuan with exactly two decimals ("10.00", "-3.00").
 */

const AMOUNT = /^(-?)([0-9]+)(?:\.([0-9]{1,2}))?$/;

/** One million yuan: the cap on `price` (C p14) and on the escrow trade total (C p32): docs/internals/payment-request.md#amounts. */
export const MAX_TRADE_CENTS = 100_000_000n;

/**
 * Parses a yuan string with at most two decimals ("0.01", "10", "10.5", "-3.00") into fen.
 * Returns undefined for anything else: no exponent, no '+', no spaces, no ".5" or "5.", no
 * thousands separators, no full-width digits.
 */
export function parseYuan(text: string): bigint | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

/** Fen → the canonical 2-decimal yuan string (`1000n` → "10.00", `-300n` → "-3.00", `0n` → "0.00"). */
export function formatYuan(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${abs / 100n}.${fraction}`;
}
