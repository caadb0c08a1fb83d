import { AlipayEscrowError, type EffectRecord, type OrderRecord } from '@alipay-escrow/core';

// The argument checks every EscrowStore makes, with the same codes as core's stores
// (CONFIG_INVALID for a caller's mistake, INTERNAL_ERROR for a taken key).

const invalid = (field: string, message: string, hint: string): AlipayEscrowError =>
  new AlipayEscrowError('CONFIG_INVALID', message, { field, hint, status: 500 });

/** next.version must be expectedVersion + 1; effects must belong to the order, with distinct keys. */
export function checkTransition(next: OrderRecord, expectedVersion: number, effects: readonly EffectRecord[]): void {
  if (!Number.isSafeInteger(expectedVersion) || next.version !== expectedVersion + 1) {
    throw invalid(
      'next.version',
      `commitTransition: next.version is ${String(next.version)} but expectedVersion is ${String(expectedVersion)}; the new version must be expectedVersion + 1.`,
      'Pass the version you read as expectedVersion and set next.version to it plus one.',
    );
  }
  const seen = new Set<string>();
  for (const effect of effects) {
    if (effect.outTradeNo !== next.outTradeNo) {
      throw invalid('effects', `commitTransition: effect ${effect.key} belongs to order ${effect.outTradeNo}, not to ${next.outTradeNo}.`, 'Only commit effects of the order being changed.');
    }
    if (seen.has(effect.key)) {
      throw invalid('effects', `commitTransition: effect key ${effect.key} appears twice.`, 'Give every effect of an order its own slot.');
    }
    seen.add(effect.key);
  }
}

/** Canonical ISO text (toISOString), so that text order is time order. */
export function isoTime(value: string, field: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw invalid(field, `${field} is not a date-time: ${JSON.stringify(value)}.`, 'Pass an ISO 8601 time such as new Date().toISOString().');
  }
  return new Date(ms).toISOString();
}

/** The claim token of completeEffect / releaseEffect: the attempts claimEffect returned. */
export function checkAttempt(attempt: number, method: string): number {
  if (!Number.isSafeInteger(attempt) || attempt < 1) {
    throw invalid(
      'attempt',
      `${method}: attempt must be a positive integer, got ${String(attempt)}.`,
      'Pass the attempts of the record claimEffect returned: it proves the call still holds the claim.',
    );
  }
  return attempt;
}

export function checkLimit(limit: number | undefined): number | undefined {
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) {
    throw invalid('limit', `listLog: limit must be a non-negative integer, got ${String(limit)}.`, 'Omit limit to list every entry.');
  }
  return limit;
}

export const takenError = (what: string, hint: string): AlipayEscrowError =>
  new AlipayEscrowError('INTERNAL_ERROR', `${what} already exists; nothing was written.`, { status: 500, hint });

/** A compare-and-set that kept losing to other writers (it retries first). */
export const contentionError = (what: string): AlipayEscrowError =>
  new AlipayEscrowError('CONCURRENT_UPDATE', `${what}: Deno KV kept reporting a conflicting write; nothing was written.`, {
    status: 500,
    hint: 'Another instance is writing the same record in a tight loop; retry the request (Alipay retries notifications by itself).',
  });
