/**
 * The notification sender: keeps every notification that still has a delivery ahead, sends what
 * is due (one at a time, so a chaos run is repeatable), records each attempt and schedules the
 * next one. Real clock: a timer wakes it at the next due time. Manual clock: only `advance` does.
 */
import { REORDER_WINDOW_SECONDS, type ResolvedChaos } from '../chaos.js';
import type { ClockListener, SandboxClock } from '../clock.js';
import { mulberry32, shuffle, type Random } from '../prng.js';
import type { AttemptRecord, NotificationRecord } from '../store/types.js';
import { postNotification, type PostOutcome } from './post.js';
import { deliveryOffsetSeconds, MAX_DELIVERIES } from './schedule.js';

export interface DeliveryOptions {
  clock: SandboxClock;
  fetch: typeof fetch;
  chaos: ResolvedChaos | undefined;
  timeScale: number;
  timeoutMs: number;
  /** Persists a changed notification. */
  save(notification: NotificationRecord): Promise<void>;
  /** Told about each delivery once its attempts are recorded (the record is already updated). */
  onAttempts?(notification: NotificationRecord, attempts: AttemptRecord[]): void;
}

const MAX_TIMER_MS = 2_147_483_647;

export class DeliveryQueue implements ClockListener {
  private readonly waiting = new Map<string, NotificationRecord>();
  private readonly random: Random | undefined;
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(private readonly options: DeliveryOptions) {
    this.random = options.chaos ? mulberry32(options.chaos.seed) : undefined;
  }

  /** When delivery `n` (1-based) of `notification` is due, chaos included. */
  private dueTime(notification: NotificationRecord, n: number): number {
    const { chaos, timeScale } = this.options;
    let due = notification.scheduleFrom + (deliveryOffsetSeconds(n) * 1000) / timeScale;
    if (chaos && this.random) {
      if (chaos.delay > 0) due += this.random() * chaos.delay * 1000;
      if (chaos.reorder && n === 1) due += this.random() * REORDER_WINDOW_SECONDS * 1000;
    }
    return Math.round(due);
  }

  /** Schedules the first delivery of a new notification (sets `nextDueAt`). */
  schedule(notification: NotificationRecord): void {
    notification.nextDueAt = this.dueTime(notification, 1);
    this.resume(notification);
  }

  /** Takes back a notification loaded from the store (its `nextDueAt` is kept). */
  resume(notification: NotificationRecord): void {
    if (notification.delivered || notification.nextDueAt === null) return;
    this.waiting.set(notification.notifyId, notification);
    this.arm();
  }

  /** Deliveries not yet made (waiting or in flight). */
  pending(): number {
    return this.waiting.size;
  }

  nextDue(): number | undefined {
    let next: number | undefined;
    for (const n of this.waiting.values())
      if (n.nextDueAt !== null && (next === undefined || n.nextDueAt < next)) next = n.nextDueAt;
    return next;
  }

  runDue(): Promise<void> {
    const run = this.chain.then(() => this.sendDue());
    this.chain = run.catch(() => {});
    return run;
  }

  async settle(): Promise<void> {
    await this.chain;
  }

  /** Stops the timer; waits for deliveries in flight. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.chain;
  }

  /** Real clock: wake up when the next delivery is due. */
  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const due = this.nextDue();
    if (this.closed || this.options.clock.mode !== 'real' || due === undefined) return;
    const wait = Math.min(Math.max(0, due - this.options.clock.now()), MAX_TIMER_MS);
    this.timer = setTimeout(() => void this.runDue(), wait);
  }

  private async sendDue(): Promise<void> {
    if (this.closed) return;
    const now = this.options.clock.now();
    const due = [...this.waiting.values()]
      .filter((n) => n.nextDueAt !== null && n.nextDueAt <= now)
      .sort((a, b) => a.nextDueAt! - b.nextDueAt! || a.seq - b.seq);
    if (this.options.chaos?.reorder && this.random) shuffle(due, this.random);
    for (const notification of due) {
      if (this.closed) break;
      await this.deliver(notification);
    }
    this.arm();
  }

  private async deliver(notification: NotificationRecord): Promise<void> {
    const { chaos, clock } = this.options;
    const number = notification.sent + 1;
    const at = clock.now();
    const attempts: AttemptRecord[] = [];
    if (chaos && this.random && number === 1 && this.random() < chaos.drop) {
      attempts.push({ at, number, httpStatus: null, reply: null, error: 'lost on the way (chaos drop)' });
    } else {
      const twice = chaos !== undefined && this.random !== undefined && this.random() < chaos.dup;
      const outcomes = await Promise.all(Array.from({ length: twice ? 2 : 1 }, () => this.post(notification)));
      outcomes.forEach((o, i) => {
        attempts.push(attemptOf(at, number, o, i > 0));
      });
    }
    notification.attempts.push(...attempts);
    notification.sent = number;
    if (attempts.some((a) => a.httpStatus === 200 && a.reply === 'success')) {
      notification.delivered = true;
      notification.nextDueAt = null;
    } else {
      notification.nextDueAt = number >= MAX_DELIVERIES ? null : this.dueTime(notification, number + 1);
    }
    if (notification.nextDueAt === null) this.waiting.delete(notification.notifyId);
    await this.options.save(notification);
    this.options.onAttempts?.(notification, attempts);
  }

  private post(notification: NotificationRecord): Promise<PostOutcome> {
    return postNotification(this.options.fetch, notification.url, notification.body, this.options.timeoutMs);
  }
}

function attemptOf(at: number, number: number, outcome: PostOutcome, duplicate: boolean): AttemptRecord {
  return {
    at,
    number,
    httpStatus: outcome.httpStatus,
    reply: outcome.reply,
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
    ...(duplicate ? { duplicate: true as const } : {}),
  };
}
