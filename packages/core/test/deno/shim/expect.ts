// `expect` for the Deno run: exactly the matchers the portable tests may use (see
// /work/notes/PREAMBLE.md), plus `.not`, `.rejects` and `.resolves`. Anything else is undefined
// here, so a test that uses it fails loudly under Deno instead of passing by accident.
import { AssertionError } from 'node:assert';
import { looselyEqual, matchesObject, strictlyEqual } from './equality.js';
import { show } from './format.js';

type Numeric = number | bigint;
type Constructor = abstract new (...args: never[]) => unknown;

export interface Matchers<R> {
  toBe(expected: unknown): R;
  toEqual(expected: unknown): R;
  toStrictEqual(expected: unknown): R;
  toMatch(expected: string | RegExp): R;
  toContain(expected: unknown): R;
  toThrow(expected?: string | RegExp): R;
  toBeInstanceOf(expected: Constructor): R;
  toBeDefined(): R;
  toBeUndefined(): R;
  toBeTruthy(): R;
  toBeFalsy(): R;
  toHaveLength(expected: number): R;
  toBeGreaterThan(expected: Numeric): R;
  toBeGreaterThanOrEqual(expected: Numeric): R;
  toBeLessThan(expected: Numeric): R;
  toBeLessThanOrEqual(expected: Numeric): R;
  toMatchObject(expected: object): R;
}

export interface Assertion extends Matchers<void> {
  not: Matchers<void>;
  rejects: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
  resolves: Matchers<Promise<void>> & { not: Matchers<Promise<void>> };
}

// A check returns whether it passed and a message phrased for the positive form; `.not`
// flips the outcome and prefixes the message.
interface Verdict {
  pass: boolean;
  message: string;
}

// What `toThrow` inspects: a function to call, or (after `.rejects`) the rejection reason.
type Thrown = { threw: false } | { threw: true; error: unknown };

type Check = (received: unknown, args: unknown[], mode: 'value' | 'rejected') => Verdict;

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

function runForThrow(received: unknown, mode: 'value' | 'rejected'): Thrown {
  if (mode === 'rejected') return { threw: true, error: received };
  if (typeof received !== 'function') {
    throw new TypeError(`toThrow() expects a function, got ${show(received)}`);
  }
  try {
    (received as () => unknown)();
    return { threw: false };
  } catch (error) {
    return { threw: true, error };
  }
}

function compare(op: string, test: (a: Numeric, b: Numeric) => boolean): Check {
  return (received, [expected]) => {
    const ok = (v: unknown): v is Numeric => typeof v === 'number' || typeof v === 'bigint';
    if (!ok(received) || !ok(expected)) {
      throw new TypeError(`${op} needs numbers or bigints, got ${show(received)} and ${show(expected)}`);
    }
    return { pass: test(received, expected), message: `expected ${show(received)} ${op} ${show(expected)}` };
  };
}

const checks: Record<keyof Matchers<void>, Check> = {
  toBe: (r, [e]) => ({ pass: Object.is(r, e), message: `expected ${show(r)} to be ${show(e)} (Object.is)` }),
  toEqual: (r, [e]) => ({ pass: looselyEqual(r, e), message: `expected ${show(r)} to deeply equal ${show(e)}` }),
  toStrictEqual: (r, [e]) => ({
    pass: strictlyEqual(r, e),
    message: `expected ${show(r)} to strictly equal ${show(e)}`,
  }),
  toMatch: (r, [e]) => {
    if (typeof r !== 'string') throw new TypeError(`toMatch() expects a string, got ${show(r)}`);
    if (typeof e === 'string') return { pass: r.includes(e), message: `expected ${show(r)} to contain ${show(e)}` };
    if (e instanceof RegExp) {
      e.lastIndex = 0;
      return { pass: e.test(r), message: `expected ${show(r)} to match ${String(e)}` };
    }
    throw new TypeError(`toMatch() expects a string or RegExp, got ${show(e)}`);
  },
  toContain: (r, [e]) => {
    let pass: boolean;
    if (typeof r === 'string') pass = typeof e === 'string' && r.includes(e);
    else if (r !== null && typeof r === 'object' && Symbol.iterator in r) {
      pass = [...(r as Iterable<unknown>)].some((item) => Object.is(item, e) || item === e);
    } else throw new TypeError(`toContain() expects a string or an iterable, got ${show(r)}`);
    return { pass, message: `expected ${show(r)} to contain ${show(e)}` };
  },
  toThrow: (r, args, mode) => {
    const [e] = args;
    if (args.length > 0 && typeof e !== 'string' && !(e instanceof RegExp)) {
      throw new TypeError(
        `the Deno vitest shim supports toThrow() with no argument, a string or a RegExp; got ${show(e)}. ` +
          'Assert on the caught error instead (see PREAMBLE.md).',
      );
    }
    const outcome = runForThrow(r, mode);
    if (!outcome.threw) return { pass: false, message: 'expected the function to throw' };
    const text = messageOf(outcome.error);
    if (typeof e === 'string') {
      return { pass: text.includes(e), message: `expected thrown message ${show(text)} to contain ${show(e)}` };
    }
    if (e instanceof RegExp) {
      e.lastIndex = 0;
      return { pass: e.test(text), message: `expected thrown message ${show(text)} to match ${String(e)}` };
    }
    return { pass: true, message: `expected no throw, but it threw ${show(outcome.error)}` };
  },
  toBeInstanceOf: (r, [e]) => {
    if (typeof e !== 'function') throw new TypeError(`toBeInstanceOf() expects a class, got ${show(e)}`);
    return { pass: r instanceof e, message: `expected ${show(r)} to be an instance of ${e.name}` };
  },
  toBeDefined: (r) => ({ pass: r !== undefined, message: `expected ${show(r)} to be defined` }),
  toBeUndefined: (r) => ({ pass: r === undefined, message: `expected ${show(r)} to be undefined` }),
  toBeTruthy: (r) => ({ pass: Boolean(r), message: `expected ${show(r)} to be truthy` }),
  toBeFalsy: (r) => ({ pass: !r, message: `expected ${show(r)} to be falsy` }),
  toHaveLength: (r, [e]) => {
    const length = (r as { length?: unknown } | null | undefined)?.length;
    if (typeof length !== 'number') throw new TypeError(`toHaveLength() expects a value with a length, got ${show(r)}`);
    return { pass: length === e, message: `expected length ${length} to be ${show(e)} (value ${show(r)})` };
  },
  toBeGreaterThan: compare('>', (a, b) => a > b),
  toBeGreaterThanOrEqual: compare('>=', (a, b) => a >= b),
  toBeLessThan: compare('<', (a, b) => a < b),
  toBeLessThanOrEqual: compare('<=', (a, b) => a <= b),
  toMatchObject: (r, [e]) => {
    if (typeof e !== 'object' || e === null) throw new TypeError(`toMatchObject() expects an object, got ${show(e)}`);
    return { pass: matchesObject(r, e), message: `expected ${show(r)} to match object ${show(e)}` };
  },
};

function settle(verdict: Verdict, negated: boolean, note: string | undefined): void {
  if (verdict.pass !== negated) return;
  const text = negated ? `not: ${verdict.message}` : verdict.message;
  throw new AssertionError({ message: note === undefined ? text : `${note}: ${text}` });
}

function syncMatchers(received: unknown, negated: boolean, note: string | undefined): Matchers<void> {
  const out = {} as Record<string, (...args: unknown[]) => void>;
  for (const [name, check] of Object.entries(checks)) {
    out[name] = (...args) => settle(check(received, args, 'value'), negated, note);
  }
  return out as unknown as Matchers<void>;
}

async function outcomeOf(received: unknown): Promise<{ ok: true; value: unknown } | { ok: false; reason: unknown }> {
  const promise = typeof received === 'function' ? (received as () => unknown)() : received;
  if (!(promise instanceof Promise) && typeof (promise as { then?: unknown } | null)?.then !== 'function') {
    throw new TypeError(`.rejects/.resolves expect a promise, got ${show(promise)}`);
  }
  try {
    return { ok: true, value: await promise };
  } catch (reason) {
    return { ok: false, reason };
  }
}

function asyncMatchers(
  received: unknown,
  expectRejection: boolean,
  negated: boolean,
  note: string | undefined,
): Matchers<Promise<void>> {
  const out = {} as Record<string, (...args: unknown[]) => Promise<void>>;
  for (const [name, check] of Object.entries(checks)) {
    out[name] = async (...args) => {
      const outcome = await outcomeOf(received);
      if (expectRejection && outcome.ok) {
        throw new AssertionError({
          message: `expected the promise to reject, but it resolved to ${show(outcome.value)}`,
        });
      }
      if (!expectRejection && !outcome.ok) {
        throw new AssertionError({
          message: `expected the promise to resolve, but it rejected with ${show(outcome.reason)}`,
        });
      }
      const value = outcome.ok ? outcome.value : outcome.reason;
      settle(check(value, args, expectRejection ? 'rejected' : 'value'), negated, note);
    };
  }
  return out as unknown as Matchers<Promise<void>>;
}

export function expect(received: unknown, note?: string): Assertion {
  const rejects = Object.assign(asyncMatchers(received, true, false, note), {
    not: asyncMatchers(received, true, true, note),
  });
  const resolves = Object.assign(asyncMatchers(received, false, false, note), {
    not: asyncMatchers(received, false, true, note),
  });
  return Object.assign(syncMatchers(received, false, note), {
    not: syncMatchers(received, true, note),
    rejects,
    resolves,
  });
}
