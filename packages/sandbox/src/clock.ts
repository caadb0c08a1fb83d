import { AlipayEscrowError } from '@alipay-escrow/core';

/** Something that has work due at given times (the notification sender). */
export interface ClockListener {
  /** The earliest time (epoch ms) something is due, if anything is waiting. */
  nextDue(): number | undefined;
  /** Does everything due at the clock's current time; resolves when it is done. */
  runDue(): Promise<void>;
  /** Resolves when nothing is in flight. */
  settle(): Promise<void>;
}

/**
 * The sandbox's time. `real` follows the system clock (plus whatever `advance` added); `manual`
 * stands still until `advance` moves it. Either way `advance(seconds)` steps through every due
 * delivery in order — each sent at its own due time — before it resolves.
 */
export interface SandboxClock {
  /** `real`: system time plus what `advance` added; `manual`: stands still until `advance`. */
  readonly mode: 'real' | 'manual';
  /** Epoch milliseconds. */
  now(): number;
  /** Moves time forward and sends every delivery that falls due on the way. */
  advance(seconds: number): Promise<void>;
  /** Registers a listener (done by the sandbox); returns the function that removes it. */
  attach(listener: ClockListener): () => void;
}

/** Options of {@link createClock}. A `start` that is not a time throws CONFIG_INVALID. */
export interface ClockOptions {
  /** Default 'real'. */
  mode?: 'real' | 'manual';
  /** Manual clocks only: the starting time (default: now). */
  start?: Date | number | string;
}

function startTime(start: ClockOptions['start']): number {
  if (start === undefined) return Date.now();
  const ms = start instanceof Date ? start.getTime() : typeof start === 'number' ? start : Date.parse(start);
  if (!Number.isFinite(ms)) {
    throw new AlipayEscrowError('CONFIG_INVALID', `The clock start ${JSON.stringify(String(start))} is not a time.`, {
      hint: 'Pass a Date, epoch milliseconds or an ISO string such as "2013-08-22T06:45:18Z".',
      field: 'clock',
    });
  }
  return ms;
}

class ControllableClock implements SandboxClock {
  private offset = 0;
  private manualNow: number;
  private readonly listeners = new Set<ClockListener>();
  private advancing: Promise<void> = Promise.resolve();

  constructor(
    readonly mode: 'real' | 'manual',
    start: number,
  ) {
    this.manualNow = start;
  }

  now(): number {
    return this.mode === 'manual' ? this.manualNow : Date.now() + this.offset;
  }

  /** Moves the clock to `t` (never backwards). */
  private jumpTo(t: number): void {
    const now = this.now();
    if (t <= now) return;
    if (this.mode === 'manual') this.manualNow = t;
    else this.offset += t - now;
  }

  attach(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  advance(seconds: number): Promise<void> {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      return Promise.reject(
        new AlipayEscrowError(
          'ILLEGAL_ARGUMENT',
          `advance(${String(seconds)}): seconds must be a finite number, 0 or more.`,
          {
            hint: 'Time only moves forward; advance(0) sends what is due now.',
            field: 'seconds',
          },
        ),
      );
    }
    const run = this.advancing.then(() => this.step(seconds * 1000));
    this.advancing = run.catch(() => {});
    return run;
  }

  private async step(ms: number): Promise<void> {
    for (const listener of this.listeners) await listener.settle();
    const target = this.now() + ms;
    for (;;) {
      let next: { listener: ClockListener; due: number } | undefined;
      for (const listener of this.listeners) {
        const due = listener.nextDue();
        if (due !== undefined && due <= target && (next === undefined || due < next.due)) next = { listener, due };
      }
      if (next === undefined) break;
      this.jumpTo(next.due);
      await next.listener.runDue();
    }
    this.jumpTo(target);
  }
}

/** A clock for a sandbox: real time by default, or a manual one that only `advance` moves. */
export function createClock(options: ClockOptions = {}): SandboxClock {
  const mode = options.mode ?? 'real';
  if (mode !== 'real' && mode !== 'manual') {
    throw new AlipayEscrowError('CONFIG_INVALID', `Clock mode ${JSON.stringify(mode)} is not 'real' or 'manual'.`, {
      hint: "Use createClock({ mode: 'manual' }) in tests, or leave the clock out for real time.",
      field: 'clock',
    });
  }
  return new ControllableClock(mode, startTime(options.start));
}
