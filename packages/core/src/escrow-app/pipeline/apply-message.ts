import type { EffectRecord, LogChannel, NotificationLogEntry, OrderRecord, ReceiveInput } from '../../store/types.js';
import { commitNotice } from './commit-notice.js';
import type { EscrowDeps } from '../deps.js';
import { crossCheck } from './cross-check.js';
import { notifyIdBindingOf, notifyIdConflict } from './notify-id-binding.js';
import { crossCheckAnomaly, reportAnomaly, unknownOrderAnomaly } from './report-anomaly.js';
import { claimFromNow, hookFor, runClaimed, type EffectsSettlement } from './run-effects.js';
import type { ApplyOutcome } from '../types.js';

export interface VerifiedInput {
  channel: LogChannel;
  logId: string;
  /**
   * The message's log entry, appended by the first step (`receive`) together with the notify_id
   * binding and the read of the order; absent when the caller logged the message already.
   */
  log?: NotificationLogEntry;
  /** Every parameter of a message already proven genuine, decoded. */
  params: Record<string, string>;
  /** When the message was received (its log entry's time): the time a notify_id is bound at. Default: now. */
  receivedAt?: Date;
  /**
   * For a gateway trade record, which has no notify_time: the time to order its refund part at
   * ('yyyy-MM-dd HH:mm:ss', Beijing time; see reply-notice-time.ts). Unset for messages.
   */
  noticeTime?: string;
}

/** What the pipeline did, before its last step writes the effects' settlement and the log's outcome. */
export interface AppliedMessage {
  outcome: ApplyOutcome;
  /** The effects this request claimed, done or released; undefined when it claimed none. */
  settlement: EffectsSettlement | undefined;
}

/**
 * The pipeline shared by notify, return, reconcile and replay, for a message already verified, in
 * at most two store calls on the common path: `receive` (the log entry, the notify_id binding,
 * the order and its effects) → known order → notify_id bound to this trade → cross-checks →
 * decide → `commit` (compare-and-set, with the claim of the order's effects) → hooks. The caller's
 * last step (settleApplied) writes the effects' settlement with the log's outcome.
 *
 * Replies:
 * - unknown order → `fail`: Alipay keeps redelivering while the merchant investigates;
 * - a notify_id already used for another out_trade_no or trade_no → NOTIFY_ID_REUSED, verdict
 *   `rejected`, nothing applied, `fail`;
 * - a cross-check fails (amount, seller, partner) → nothing applied, onAnomaly, `success`: the
 *   message is genuine and a redelivery cannot change it, so `fail` would only repeat the anomaly;
 *   the merchant resolves it and calls replay(logId). If onAnomaly itself throws → `fail`, so the
 *   redelivery reports it again;
 * - otherwise `success` only when the (possibly no-op) transition is committed AND every effect of
 *   the order is done.
 */
export async function applyMessage(deps: EscrowDeps, input: VerifiedInput): Promise<AppliedMessage> {
  const { channel, logId, params } = input;
  const outTradeNo = params['out_trade_no'] || null;
  const binding = outTradeNo === null ? undefined : notifyIdBindingOf(params, input.receivedAt ?? deps.now());
  const receiveInput: ReceiveInput = { outTradeNo };
  if (input.log !== undefined) receiveInput.log = input.log;
  if (binding !== undefined) receiveInput.binding = binding;
  const received = await deps.store.receive(receiveInput);
  const { order } = received;
  const base = { logId, channel, outTradeNo };
  const settled = (outcome: ApplyOutcome): AppliedMessage => ({ outcome, settlement: undefined });

  if (order === undefined) {
    const anomaly = unknownOrderAnomaly({ channel, logId, params, order: null });
    const hookError = await reportAnomaly(deps, anomaly);
    return settled({
      ...base,
      verdict: 'anomaly',
      code: 'UNKNOWN_ORDER',
      detail: withHookError(anomaly.message, hookError),
      reply: 'fail',
      order: null,
      effectsDone: false,
      anomaly,
    });
  }

  // Before anything can commit: a notify_id already bound to another trade is refused.
  const reused = notifyIdConflict(params, received.binding);
  if (reused !== null) {
    return settled({
      ...base,
      verdict: 'rejected',
      code: 'NOTIFY_ID_REUSED',
      detail: reused,
      reply: 'fail',
      order,
      effectsDone: false,
      anomaly: null,
    });
  }

  const failure = crossCheck(order, params);
  if (failure) {
    const anomaly = crossCheckAnomaly({ channel, logId, params, order }, failure);
    const hookError = await reportAnomaly(deps, anomaly);
    return settled({
      ...base,
      verdict: 'anomaly',
      code: failure.code,
      detail: withHookError(failure.message, hookError),
      reply: hookError === null ? 'success' : 'fail',
      order,
      effectsDone: false,
      anomaly,
    });
  }

  const committed = await commitNotice(
    deps.deferEffects
      ? { store: deps.store, now: deps.now, hasHook: () => true }
      : {
          store: deps.store,
          now: deps.now,
          claim: (at) => claimFromNow(deps, at),
          hasHook: (kind) => hookFor(deps.hooks, kind) !== undefined,
        },
    { order, effects: received.effects },
    params,
    input.noticeTime,
  );
  if (committed.kind === 'missing' || committed.kind === 'conflict') {
    return settled({
      ...base,
      verdict: 'error',
      code: committed.kind === 'missing' ? 'UNKNOWN_ORDER' : 'CONCURRENT_UPDATE',
      detail: committed.reason,
      reply: 'fail',
      order: committed.kind === 'conflict' ? committed.order : null,
      effectsDone: false,
      anomaly: null,
    });
  }

  if (deps.deferEffects)
    return settled(deferredOutcome(base, committed.kind, committed.reason, committed.order, committed.effects));

  // Contention paths only: the order was read again (so its effects are), or nothing was
  // committed while some effect is unfinished (so it is claimed now).
  const effects = committed.effects ?? (await deps.store.listEffects(order.outTradeNo));
  const claimed =
    committed.claimed ??
    (effects.some((e) => e.status !== 'done')
      ? await deps.store.claimEffects(order.outTradeNo, claimFromNow(deps))
      : []);
  const report = await runClaimed(deps, committed.order, effects, claimed);
  return {
    outcome: {
      ...base,
      verdict: committed.kind,
      code: report.code,
      detail: joinDetail(committed.reason, report.detail),
      reply: report.allDone ? 'success' : 'fail',
      order: committed.order,
      effectsDone: report.allDone,
      anomaly: null,
    },
    settlement: claimed.length === 0 ? undefined : report.settlement,
  };
}

/** Two detail sentences as one, or null when both are. */
export function joinDetail(first: string | null, second: string | null): string | null {
  if (first === null) return second || null;
  if (second === null) return first || null;
  return `${first} ${second}`;
}

function withHookError(message: string, hookError: string | null): string {
  return hookError === null ? message : `${message} onAnomaly threw: ${hookError}`;
}

/**
 * `deferEffects`: the transition is committed and its effects are left pending for the app that
 * has the hooks. EFFECTS_DEFERRED says so (never `success`: this escrow ran nothing).
 */
function deferredOutcome(
  base: Pick<ApplyOutcome, 'logId' | 'channel' | 'outTradeNo'>,
  verdict: 'applied' | 'duplicate' | 'stale' | 'unknown_status',
  reason: string | null,
  order: OrderRecord,
  effects: EffectRecord[] | null,
): ApplyOutcome {
  const pending =
    effects === null ? null : effects.filter((effect) => effect.status !== 'done').map((effect) => effect.key);
  const owed =
    pending === null
      ? 'Effects, if any, are left'
      : pending.length === 0
        ? null
        : `Effects ${pending.join(', ')} are left`;
  const detail = owed === null ? null : `${owed} pending for the app with the hooks (deferEffects).`;
  return {
    ...base,
    verdict,
    code: owed === null ? null : 'EFFECTS_DEFERRED',
    detail: joinDetail(reason, detail),
    reply: owed === null ? 'success' : 'fail',
    order,
    effectsDone: owed === null,
    anomaly: null,
  };
}
