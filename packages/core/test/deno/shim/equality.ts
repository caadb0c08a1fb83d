// Equality as vitest's matchers define it, built on node:assert (which Deno provides).
//   toStrictEqual: node:assert deepStrictEqual (types, prototypes and undefined properties count).
//   toEqual: the same after normalising both sides the way vitest's toEqual is lenient:
//     properties whose value is undefined are ignored, array holes equal undefined, and plain
//     objects are compared by their own enumerable properties whatever their prototype.
//     Errors compare by name, message, cause and own enumerable properties.
import { deepStrictEqual } from 'node:assert';

const ERROR_MARK = Symbol('vitest-shim:error');

function isRecordLike(value: object): boolean {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function normalise(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;

  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (let i = 0; i < value.length; i++) out.push(normalise(value[i], seen));
    return out;
  }
  if (value instanceof Error) {
    const out: Record<string | symbol, unknown> = { [ERROR_MARK]: true };
    seen.set(value, out);
    out.name = value.name;
    out.message = value.message;
    if (value.cause !== undefined) out.cause = normalise(value.cause, seen);
    copyDefinedProperties(value, out, seen);
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(value, out);
    for (const [k, v] of value) out.set(k, normalise(v, seen));
    return out;
  }
  if (isRecordLike(value)) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    copyDefinedProperties(value, out, seen);
    return out;
  }
  return value;
}

function copyDefinedProperties(from: object, to: Record<string | symbol, unknown>, seen: Map<object, unknown>): void {
  for (const key of Object.keys(from)) {
    const v = (from as Record<string, unknown>)[key];
    if (v !== undefined) to[key] = normalise(v, seen);
  }
}

function holds(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

export function looselyEqual(actual: unknown, expected: unknown): boolean {
  return holds(() => deepStrictEqual(normalise(actual, new Map()), normalise(expected, new Map())));
}

export function strictlyEqual(actual: unknown, expected: unknown): boolean {
  return holds(() => deepStrictEqual(actual, expected));
}

// toMatchObject: every property of `expected` is present in `actual` and matches; nested objects
// match as subsets too; arrays must have the same length, element by element.
export function matchesObject(actual: unknown, expected: unknown): boolean {
  if (typeof expected !== 'object' || expected === null) return looselyEqual(actual, expected);
  if (typeof actual !== 'object' || actual === null) return false;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((item, i) => matchesObject(actual[i], item));
  }
  if (!isRecordLike(expected)) return looselyEqual(actual, expected);
  return Object.keys(expected).every((key) => {
    const want = (expected as Record<string, unknown>)[key];
    if (!(key in actual)) return false;
    return matchesObject((actual as Record<string, unknown>)[key], want);
  });
}
