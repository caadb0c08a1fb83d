import {
  createEscrow,
  type Escrow,
  type EscrowOptions,
  type SweepOptions,
  type SweepResult,
} from '@alipay-escrow/core';
import { endpointsFor, type WorkerExecutionContext } from './routes.js';

/** What Cloudflare passes to a `scheduled` handler (the fields the sweep reads). */
export interface WorkerScheduledController {
  /** The Cron Trigger that fired (e.g. `*\/15 * * * *`). */
  readonly cron: string;
  /** When it was due (epoch milliseconds). */
  readonly scheduledTime: number;
}

/** A module-worker `scheduled` handler: `export default { fetch, scheduled }` accepts it. */
export type WorkerScheduledHandler<Env> = (
  controller: WorkerScheduledController,
  env: Env,
  ctx: WorkerExecutionContext,
) => Promise<void>;

/** What the scheduled sweep runs with. */
export interface WorkerSweepSchedule<Env> {
  /** The sweep's limits (see SweepOptions in @alipay-escrow/core), or a function of `env`. Default: the defaults. */
  sweep?: SweepOptions | ((env: Env) => SweepOptions);
  /** Told every run's result (for your own metrics or logs); may be async. */
  onResult?: (result: SweepResult, env: Env) => unknown;
}

/**
 * A `scheduled` handler that runs `escrow.sweep` on each Cron Trigger: stuck orders are
 * reconciled from the gateway or reported to `hooks.onStuck`. `options` is what the fetch
 * handlers take (options, an Escrow, or a function of `env`). A run that throws (a bad option, the
 * store unreachable) rejects, so Cloudflare records the invocation as failed; one order's trouble
 * is only listed in the result.
 */
export function sweepHandler<Env = unknown>(
  options: EscrowOptions | Escrow | ((env: Env) => EscrowOptions | Escrow),
  schedule: WorkerSweepSchedule<Env> = {},
): WorkerScheduledHandler<Env> {
  const escrowFor = endpointsFor<Env, EscrowOptions, Escrow>(options, createEscrow);
  return async (_controller, env) => {
    const sweepOptions = typeof schedule.sweep === 'function' ? schedule.sweep(env) : schedule.sweep;
    const result = await escrowFor(env).sweep(sweepOptions);
    await schedule.onResult?.(result, env);
  };
}
