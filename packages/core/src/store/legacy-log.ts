import type { LogAuthenticity, LogChannel, LogVerdict } from './types.js';

/** Verdicts only the pipeline writes, i.e. only after the message was verified. */
const PIPELINE_VERDICTS: ReadonlySet<string> = new Set(['applied', 'duplicate', 'stale', 'unknown_status', 'anomaly']);
const NOT_CONFIRMED: ReadonlySet<string> = new Set(['NOTIFY_VERIFY_FAILED', 'NOTIFY_VERIFY_TIMEOUT']);

/**
 * The authenticity of an entry written before the field existed, read from what it does record.
 * A notify, return or gateway reply the pipeline ran on had passed every check of its time
 * (`verified`); a replay then skipped notify_verify by default, so it only proves the signature;
 * a message refused by notify_verify had a matching signature; everything else is `none`.
 */
export function legacyAuthenticity(entry: {
  channel: LogChannel;
  verdict: LogVerdict;
  code: string | null;
}): LogAuthenticity {
  if (PIPELINE_VERDICTS.has(entry.verdict)) return entry.channel === 'replay' ? 'signature' : 'verified';
  if (entry.verdict === 'rejected' && entry.code !== null && NOT_CONFIRMED.has(entry.code)) return 'signature';
  return 'none';
}
