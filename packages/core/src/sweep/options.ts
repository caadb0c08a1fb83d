import { AlipayEscrowError } from '../errors/error.js';
import type { SweepOptions } from './types.js';

/** Sweep options with every default filled in; limits in milliseconds. */
export interface ResolvedSweepOptions {
  unpaidMs: number;
  unshippedMs: number;
  unconfirmedMs: number;
  refundOpenMs: number;
  anomalyMs: number;
  anomalyLookbackMs: number;
  reconcile: boolean;
  closeUnpaid: boolean;
  concurrency: number;
  gatewayFailureLimit: number;
  maxOrders: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function whole(options: SweepOptions, name: keyof SweepOptions, fallback: number, max: number): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `sweep option ${name} must be a whole number from 1 to ${max} (got ${String(value)}).`,
      {
        hint: `Leave ${name} out for ${fallback}.`,
        field: name,
      },
    );
  }
  return value;
}

function flag(options: SweepOptions, name: 'reconcile' | 'closeUnpaid', fallback: boolean): boolean {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `sweep option ${name} must be true or false (got ${String(value)}).`,
      {
        hint: `Leave ${name} out for ${String(fallback)}.`,
        field: name,
      },
    );
  }
  return value;
}

/** Checks the options of a sweep (CONFIG_INVALID for an unknown name or a value out of range). */
export function resolveSweepOptions(options: SweepOptions | undefined): ResolvedSweepOptions {
  const given = options ?? {};
  if (given === null || typeof given !== 'object') {
    throw new AlipayEscrowError('CONFIG_INVALID', 'sweep options must be an object.', {
      hint: 'Pass { unshippedDays: 3 }, or nothing for the defaults.',
      field: 'options',
    });
  }
  const known = new Set([
    'unpaidHours',
    'unshippedDays',
    'unconfirmedDays',
    'refundOpenDays',
    'anomalyHours',
    'anomalyLookbackDays',
    'reconcile',
    'closeUnpaid',
    'concurrency',
    'gatewayFailureLimit',
    'maxOrders',
  ]);
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      throw new AlipayEscrowError('CONFIG_INVALID', `sweep has no option ${name}.`, {
        hint: `The options are ${[...known].join(', ')}.`,
        field: name,
      });
    }
  }
  return {
    unpaidMs: whole(given, 'unpaidHours', 24, 8760) * HOUR,
    unshippedMs: whole(given, 'unshippedDays', 3, 365) * DAY,
    unconfirmedMs: whole(given, 'unconfirmedDays', 11, 365) * DAY,
    refundOpenMs: whole(given, 'refundOpenDays', 7, 365) * DAY,
    anomalyMs: whole(given, 'anomalyHours', 24, 8760) * HOUR,
    anomalyLookbackMs: whole(given, 'anomalyLookbackDays', 30, 365) * DAY,
    reconcile: flag(given, 'reconcile', true),
    closeUnpaid: flag(given, 'closeUnpaid', false),
    concurrency: whole(given, 'concurrency', 4, 32),
    gatewayFailureLimit: whole(given, 'gatewayFailureLimit', 5, 100),
    maxOrders: whole(given, 'maxOrders', 10_000, 100_000),
  };
}
