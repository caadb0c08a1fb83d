/**
 * Runs the gateway's automatic timeouts on the sandbox's clock: closes unpaid trades and confirms
 * receipt of shipped ones when their time comes (timeouts.ts), each change notified like any other.
 * Manual clock: `advance` runs them in time order with the deliveries. Real clock: a timer wakes
 * it at the next due time (checked again at least every hour).
 */
import type { ClockListener, SandboxClock } from '../clock.js';
import { timeoutOf, type ResolvedTimeouts } from '../timeouts.js';
import type { Engine } from './engine.js';

const MAX_WAIT_MS = 3_600_000;

export class TimeoutWatch implements ClockListener {
  private chain: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  /** Trade key → when its timeout falls due (trades with none are absent). */
  private readonly due = new Map<string, number>();
  /** The earliest of `due`, or null when it must be computed again. */
  private earliest: number | undefined | null = null;

  constructor(
    private readonly engine: Engine,
    private readonly clock: SandboxClock,
    private readonly timeouts: ResolvedTimeouts,
  ) {
    engine.onTrade((trade) => {
      const at = timeoutOf(trade, this.timeouts)?.at;
      if (at === undefined) this.due.delete(trade.key);
      else this.due.set(trade.key, at);
      this.earliest = null;
    });
    this.arm();
  }

  nextDue(): number | undefined {
    if (this.earliest === null) {
      let next: number | undefined;
      for (const at of this.due.values()) if (next === undefined || at < next) next = at;
      this.earliest = next;
    }
    return this.earliest;
  }

  runDue(): Promise<void> {
    const run = this.chain.then(() => this.fire());
    this.chain = run.catch(() => {});
    return run;
  }

  async settle(): Promise<void> {
    await this.chain;
  }

  /** Stops the timer; waits for a run in flight. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.chain;
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed || this.clock.mode !== 'real') return;
    const due = this.nextDue();
    const wait = due === undefined ? MAX_WAIT_MS : Math.min(Math.max(0, due - this.clock.now()), MAX_WAIT_MS);
    this.timer = setTimeout(() => void this.runDue(), wait);
    // a watch with nothing urgent must not keep a Node process alive
    (this.timer as { unref?: () => void }).unref?.();
  }

  private async fire(): Promise<void> {
    if (this.closed) return;
    const now = this.clock.now();
    const keys = [...this.due]
      .filter(([, at]) => at <= now)
      .sort((a, b) => a[1] - b[1])
      .map(([key]) => key);
    for (const key of keys) {
      const trade = this.engine.tradeByKey(key);
      const timeout = trade === undefined ? undefined : timeoutOf(trade, this.timeouts);
      if (trade === undefined || timeout === undefined || timeout.at > now) continue;
      await this.engine.act(trade, { kind: timeout.action });
    }
    this.arm();
  }
}
