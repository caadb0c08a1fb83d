import type { NotifyIdChecker, NotifyVerifyResult } from '../protocol/sign-types.js';

export interface AcceptingNotifyIds extends NotifyIdChecker {
  /** Every notify_id asked about, in order. */
  seen: string[];
  /** Accepts more ids from now on (no effect when every id is accepted). */
  allow(...ids: string[]): void;
}

/**
 * A stand-in for the gateway's `notify_verify`, to pass as `checkNotifyId`: answers 'verified'
 * (body `true`) for the given ids, or for every id when none are given, and 'rejected' (body
 * `false`) otherwise. Records each id asked about in `seen`.
 */
export function acceptingNotifyIds(ids?: Iterable<string>): AcceptingNotifyIds {
  const accepted = ids === undefined ? undefined : new Set(ids);
  const seen: string[] = [];
  const check = async (notifyId: string): Promise<NotifyVerifyResult> => {
    seen.push(notifyId);
    return accepted === undefined || accepted.has(notifyId)
      ? { outcome: 'verified', body: 'true', status: 200 }
      : { outcome: 'rejected', body: 'false', status: 200 };
  };
  return Object.assign(check, {
    seen,
    allow(...more: string[]) {
      for (const id of more) accepted?.add(id);
    },
  });
}
