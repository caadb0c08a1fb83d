import type { OrderPhase } from '../escrow/statuses.js';
import type { OrderRecord } from '../store/types.js';

/**
 * Why an order needs attention:
 * - `unpaid_too_long`: still `created` or `awaiting_payment` after {@link SweepOptions.unpaidHours};
 * - `paid_not_shipped`: `paid` after {@link SweepOptions.unshippedDays};
 * - `shipped_not_confirmed`: `shipped` after {@link SweepOptions.unconfirmedDays};
 * - `refund_open_too_long`: `refunding` after {@link SweepOptions.refundOpenDays};
 * - `anomaly_unresolved`: a genuine message logged as an anomaly (e.g. AMOUNT_MISMATCH) with no
 *   applied message about its order since.
 */
export type StuckReason =
  | 'unpaid_too_long'
  | 'paid_not_shipped'
  | 'shipped_not_confirmed'
  | 'refund_open_too_long'
  | 'anomaly_unresolved'
  | 'effects_owed';

/**
 * Options of {@link Escrow.sweep}. Limits count from the order's last change (`updatedAt`); each is
 * checked at once (CONFIG_INVALID for a value out of range).
 */
export interface SweepOptions {
  /** Hours an order may wait for payment (`created`, `awaiting_payment`). 1 to 8760; default 24. */
  unpaidHours?: number;
  /** Days a paid order may wait for shipment. 1 to 365; default 3. */
  unshippedDays?: number;
  /**
   * Days a shipped order may wait for the buyer's confirmation. 1 to 365; default 11: Alipay
   * confirms by itself after 10 days (30 for POST), so a missed TRADE_FINISHED shows up then.
   */
  unconfirmedDays?: number;
  /** Days a refund may stay open. 1 to 365; default 7. */
  refundOpenDays?: number;
  /** Hours an anomaly may stay unresolved before it is reported. 1 to 8760; default 24. */
  anomalyHours?: number;
  /** How far back anomalies are looked for, in days. 1 to 365; default 30. */
  anomalyLookbackDays?: number;
  /**
   * Ask single_trade_query about each stuck order and apply the answer (channel `reconcile`) before
   * reporting it. An order that stays stuck is asked about again each time its age doubles (at 1×,
   * 2×, 4×… its limit), not on every run. Default true; false only reports.
   */
  reconcile?: boolean;
  /**
   * Close trades still waiting for payment at Alipay after `unpaidHours` (`close_trade`, then a
   * reconcile applies TRADE_CLOSED). Default false: they are reported instead.
   */
  closeUnpaid?: boolean;
  /** single_trade_query calls in flight at once. 1 to 32; default 4. */
  concurrency?: number;
  /**
   * After this many gateway failures in a row (timeouts, network or HTTP errors, SYSTEM_ERROR,
   * RETRY) the run stops asking the gateway; the rest fail with that error and the next run tries
   * again. 1 to 100; default 5.
   */
  gatewayFailureLimit?: number;
  /** At most this many stuck orders per run (the oldest first). 1 to 100 000; default 10 000. */
  maxOrders?: number;
}

/** What `onStuck` is told: one order, one reason, once per order version. */
export interface StuckReport {
  /** `${outTradeNo}:${reason}:${version}`: the same for every report of this state. */
  idempotencyKey: string;
  /** Why the order needs attention. */
  reason: StuckReason;
  /** The order's `out_trade_no`. */
  outTradeNo: string;
  /** The order as stored after any reconcile; null for an anomaly about an order not in the store. */
  order: OrderRecord | null;
  /** Since when the order is in this state (its `updatedAt`, or the anomaly's receivedAt), ISO 8601. */
  since: string;
  /**
   * Why the gateway did not settle it, when it answered with a code (e.g. TRADE_NOT_EXIST for an
   * order the buyer never took to Alipay), or the anomaly's code; else null.
   */
  code: string | null;
  /** One sentence for a person: what is stuck and what to do. */
  detail: string;
  /** For `anomaly_unresolved`: the log entry to `replay` once the cause is fixed; else null. */
  logId: string | null;
}

/** An order whose reconcile applied Alipay's newer state. */
export interface SweepReconciled {
  /** The order. */
  outTradeNo: string;
  /** Why it was looked at. */
  reason: StuckReason;
  /** Its phase before. */
  from: OrderPhase;
  /** Its phase after. */
  to: OrderPhase;
  /** The reconcile's log entry. */
  logId: string;
}

/** An order the run could not handle; the next run tries again. */
export interface SweepFailure {
  /** The order. */
  outTradeNo: string;
  /** Why it was looked at. */
  reason: StuckReason;
  /** The error code (GATEWAY_TIMEOUT, HOOK_FAILED, …). */
  code: string;
  /** What went wrong (no secrets). */
  message: string;
}

/** Effects a sweep ran for one order that a `deferEffects` tool left them pending for. */
export interface SweepEffectsRun {
  /** The order. */
  outTradeNo: string;
  /** The effects whose hooks ran and were marked done (their idempotency keys). */
  keys: string[];
}

/** What one {@link Escrow.sweep} run did, per order. */
export interface SweepResult {
  /** When the run started (ISO 8601, from the escrow's clock); limits count back from it. */
  startedAt: string;
  /** How many stuck orders (and anomalies) were looked at. */
  examined: number;
  /** Orders brought up to Alipay's state by a reconcile (not reported). */
  reconciled: SweepReconciled[];
  /**
   * Effects run for orders a tool with `deferEffects` (`alipay-escrow replay` / `reconcile`) left
   * them pending for: each order and the keys whose hooks ran. A hook that throws is reported as
   * `effects_owed` and run again by the next sweep.
   */
  effectsRun: SweepEffectsRun[];
  /** Reports handed to `onStuck` in this run (each order, reason and version once across runs). */
  reported: StuckReport[];
  /** Stuck orders already reported by an earlier run, in the same state (not reported again). */
  alreadyReported: number;
  /** Orders the run could not handle: the gateway failed, or `onStuck` threw. */
  failed: SweepFailure[];
  /** False when `maxOrders` was reached or the gateway kept failing: run again soon. */
  complete: boolean;
}
