import { AlipayEscrowError } from '@alipay-escrow/core';
import { randomSeed } from './prng.js';

/**
 * Misbehaviour of the notification sender, on purpose, driven by a seeded PRNG (the same seed
 * and the same sequence of actions give the same delivery log):
 * - `dup`: probability that a delivery is sent twice, concurrently (the duplicate does not count
 *   against the 8 deliveries);
 * - `drop`: probability that a first delivery is "lost": recorded as an attempt without a reply,
 *   then retried on the normal schedule;
 * - `reorder`: deliveries due together go out in a shuffled order, and every first delivery is
 *   held back a random 0–3 s so that status changes made close together can overtake each other;
 * - `delay`: up to this many extra seconds (uniform) before each delivery;
 * - `seed`: the PRNG seed (default: random, shown by `GET /sandbox/api/config`).
 */
export interface ChaosOptions {
  /** Probability (0–1) that a delivery is also sent a second time, concurrently. Default 0. */
  dup?: number;
  /** Probability (0–1) that a first delivery is lost (recorded without a reply, then retried). Default 0. */
  drop?: number;
  /** Shuffle deliveries due together and hold each first delivery back 0–3 s. Default false. */
  reorder?: boolean;
  /** Up to this many extra seconds (0–86400) before each delivery, uniformly random. Default 0. */
  delay?: number;
  /** The PRNG seed, an integer 0–4294967295. Default: random (see `GET /sandbox/api/config`). */
  seed?: number;
}

/** Chaos with every field filled in. */
export interface ResolvedChaos {
  /** Probability (0–1) that a delivery is duplicated. */
  dup: number;
  /** Probability (0–1) that a first delivery is lost. */
  drop: number;
  /** Whether deliveries are shuffled and first deliveries held back 0–3 s. */
  reorder: boolean;
  /** Maximum extra seconds before each delivery. */
  delay: number;
  /** The PRNG seed in use (the random one when none was given): pass it again to repeat a run. */
  seed: number;
}

/** How far back `reorder` may hold a first delivery, in seconds. */
export const REORDER_WINDOW_SECONDS = 3;

const SYNTAX = 'Write comma-separated key=value pairs, e.g. "dup=0.3,drop=0.2,reorder=1,delay=5,seed=42".';

function chaosError(message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field: 'chaos' });
}

function probability(key: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw chaosError(
      `chaos ${key} is ${JSON.stringify(value)}; it must be a probability from 0 to 1.`,
      `For example ${key}=0.25 (one delivery in four).`,
    );
  }
  return value;
}

function seconds(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 86_400) {
    throw chaosError(
      `chaos delay is ${JSON.stringify(value)}; it must be a number of seconds from 0 to 86400.`,
      'For example delay=5 (up to 5 extra seconds per delivery).',
    );
  }
  return value;
}

function seedOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw chaosError(
      `chaos seed is ${JSON.stringify(value)}; it must be an integer from 0 to 4294967295.`,
      'For example seed=42.',
    );
  }
  return value;
}

/** Checks chaos options and fills in defaults; undefined stays undefined (no chaos at all). */
export function resolveChaos(options: ChaosOptions | undefined): ResolvedChaos | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) {
    throw chaosError(
      'chaos must be an object { dup, drop, reorder, delay, seed }.',
      'Use parseChaos("dup=0.3,…") to turn the CLI syntax into one.',
    );
  }
  const known = new Set(['dup', 'drop', 'reorder', 'delay', 'seed']);
  for (const key of Object.keys(options)) {
    if (!known.has(key))
      throw chaosError(`Unknown chaos option "${key}".`, 'The options are dup, drop, reorder, delay and seed.');
  }
  if (options.reorder !== undefined && typeof options.reorder !== 'boolean') {
    throw chaosError(
      `chaos reorder is ${JSON.stringify(options.reorder)}; it must be true or false.`,
      'For example reorder: true.',
    );
  }
  return {
    dup: probability('dup', options.dup ?? 0),
    drop: probability('drop', options.drop ?? 0),
    reorder: options.reorder ?? false,
    delay: seconds(options.delay ?? 0),
    seed: options.seed === undefined ? randomSeed() : seedOf(options.seed),
  };
}

function parseNumber(key: string, text: string): number {
  if (!/^[0-9]+(\.[0-9]+)?$|^\.[0-9]+$/.test(text)) {
    throw chaosError(`chaos ${key}=${JSON.stringify(text)} is not a number.`, SYNTAX);
  }
  return Number(text);
}

function parseDelay(text: string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m)?$/.exec(text);
  if (!m)
    throw chaosError(
      `chaos delay=${JSON.stringify(text)} is not a duration.`,
      'Give seconds (delay=5), or a unit: delay=500ms, delay=5s, delay=2m.',
    );
  const factor = m[2] === 'ms' ? 0.001 : m[2] === 'm' ? 60 : 1;
  return Number(m[1]) * factor;
}

function parseFlag(text: string): boolean {
  switch (text.toLowerCase()) {
    case '1':
    case 'true':
    case 'yes':
    case 'on':
      return true;
    case '0':
    case 'false':
    case 'no':
    case 'off':
      return false;
    default:
      throw chaosError(
        `chaos reorder=${JSON.stringify(text)} is not a flag.`,
        'Use reorder=1 (on) or reorder=0 (off).',
      );
  }
}

/**
 * Parses the CLI / environment syntax (`--chaos`, `SANDBOX_CHAOS`): `dup=0.3,drop=0.2,reorder=1,
 * delay=5,seed=42`. Spaces around items are ignored; an empty string means no chaos options.
 * Errors (CONFIG_INVALID) name the offending item.
 */
export function parseChaos(text: string): ChaosOptions {
  if (typeof text !== 'string') throw chaosError('The chaos specification must be a string.', SYNTAX);
  const options: ChaosOptions = {};
  const seen = new Set<string>();
  for (const rawItem of text.split(',')) {
    const item = rawItem.trim();
    if (item === '') {
      if (text.trim() === '') continue;
      throw chaosError(`The chaos specification ${JSON.stringify(text)} has an empty item.`, SYNTAX);
    }
    const eq = item.indexOf('=');
    if (eq <= 0) throw chaosError(`Chaos item ${JSON.stringify(item)} is not key=value.`, SYNTAX);
    const key = item.slice(0, eq).trim().toLowerCase();
    const value = item.slice(eq + 1).trim();
    if (seen.has(key)) throw chaosError(`Chaos option "${key}" is given twice.`, SYNTAX);
    seen.add(key);
    switch (key) {
      case 'dup':
      case 'drop':
        options[key] = probability(key, parseNumber(key, value));
        break;
      case 'reorder':
        options.reorder = parseFlag(value);
        break;
      case 'delay':
        options.delay = seconds(parseDelay(value));
        break;
      case 'seed':
        if (!/^[0-9]+$/.test(value))
          throw chaosError(`chaos seed=${JSON.stringify(value)} is not an integer.`, 'For example seed=42.');
        options.seed = seedOf(Number(value));
        break;
      default:
        throw chaosError(
          `Unknown chaos option "${key}".`,
          `The options are dup, drop, reorder, delay and seed. ${SYNTAX}`,
        );
    }
  }
  return options;
}
