// Stand-in for 'vitest' under `deno test` (deno.json maps "vitest" here). It supports what the
// portable tests may use: describe, it and expect (see shim/expect.ts for the matchers).
// Every `it` becomes one Deno test named "outer > inner > test", so an async test body is
// awaited by Deno itself and a failing expect fails that test. Hooks, .each, .skip and .only are
// deliberately missing: using them fails loudly here.
import { denoTest } from './shim/deno-test.js';

export { expect } from './shim/expect.js';
export type { Assertion, Matchers } from './shim/expect.js';

type TestBody = () => void | Promise<void>;

const suitePath: string[] = [];

export function describe(name: string, body: () => void): void {
  suitePath.push(name);
  try {
    const result: unknown = body();
    if (result instanceof Promise) {
      throw new Error(
        `describe('${name}') got an async body; Deno registers tests synchronously, so keep describe bodies sync.`,
      );
    }
  } finally {
    suitePath.pop();
  }
}

// The third argument (a timeout, as a number or { timeout }) is accepted and ignored: Deno has
// no per-test timeout, and a slow test still passes or fails on its assertions.
export function it(name: string, body: TestBody, _timeout?: number | { timeout?: number }): void {
  const fullName = [...suitePath, name].join(' > ');
  if (typeof body !== 'function') {
    throw new TypeError(
      `it('${fullName}') needs a test function as its second argument (the Deno shim supports it(name, fn, timeout?)).`,
    );
  }
  denoTest({
    name: fullName,
    fn: async () => {
      await body();
    },
  });
}
