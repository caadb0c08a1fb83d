// Deno-only self-test of the vitest shim: every matcher passes when vitest's would and throws
// when vitest's would, so a portable test cannot pass under Deno just because the shim is lax.
// Checked with node:assert directly, not with the shim itself. Run under real vitest, the same
// cases agree, except the two marked FORBIDDEN: vitest accepts those, PREAMBLE.md does not.
import { ok, rejects as assertRejects } from 'node:assert';
import { describe, expect, it } from 'vitest';

class Point {
  constructor(public x: number) {}
}

const passing: [string, () => void][] = [
  ['toBe', () => expect(NaN).toBe(NaN)],
  ['toEqual ignores undefined properties', () => expect({ a: 1, b: undefined }).toEqual({ a: 1 })],
  ['toEqual ignores prototypes of plain objects', () => expect(new Point(1)).toEqual({ x: 1 })],
  ['toEqual on bytes', () => expect(new Uint8Array([1, 2])).toEqual(new Uint8Array([1, 2]))],
  ['toEqual on errors', () => expect(new TypeError('m')).toEqual(new TypeError('m'))],
  ['toStrictEqual', () => expect({ a: [1, { b: 2 }] }).toStrictEqual({ a: [1, { b: 2 }] })],
  ['toMatch string', () => expect('abcdef').toMatch('cde')],
  ['toMatch RegExp', () => expect('abcdef').toMatch(/^ab/)],
  ['toContain string', () => expect('abcdef').toContain('cd')],
  ['toContain array', () => expect([1, 2, 3]).toContain(2)],
  [
    'toThrow',
    () =>
      expect(() => {
        throw new Error('boom');
      }).toThrow(),
  ],
  [
    'toThrow string',
    () =>
      expect(() => {
        throw new Error('big boom');
      }).toThrow('boom'),
  ],
  [
    'toThrow RegExp',
    () =>
      expect(() => {
        throw new Error('big boom');
      }).toThrow(/^big/),
  ],
  ['toBeInstanceOf', () => expect(new Point(1)).toBeInstanceOf(Point)],
  ['toBeDefined', () => expect(0).toBeDefined()],
  ['toBeUndefined', () => expect(undefined).toBeUndefined()],
  ['toBeTruthy', () => expect('x').toBeTruthy()],
  ['toBeFalsy', () => expect('').toBeFalsy()],
  ['toHaveLength', () => expect([1, 2]).toHaveLength(2)],
  ['toBeGreaterThan', () => expect(2).toBeGreaterThan(1)],
  ['toBeGreaterThanOrEqual', () => expect(2n).toBeGreaterThanOrEqual(2n)],
  ['toBeLessThan', () => expect(1).toBeLessThan(2)],
  ['toBeLessThanOrEqual', () => expect(2).toBeLessThanOrEqual(2)],
  ['toMatchObject', () => expect({ a: 1, b: { c: 2, d: 3 } }).toMatchObject({ b: { c: 2 } })],
  ['not.toBe', () => expect(1).not.toBe(2)],
  ['not.toThrow', () => expect(() => 1).not.toThrow()],
];

const failing: [string, () => void][] = [
  ['toBe', () => expect({}).toBe({})],
  ['toEqual', () => expect({ a: 1 }).toEqual({ a: 2 })],
  ['toEqual number vs string', () => expect(1).toEqual('1')],
  ['toEqual array vs bytes', () => expect([1]).toEqual(new Uint8Array([1]))],
  ['toEqual errors with other messages', () => expect(new Error('a')).toEqual(new Error('b'))],
  ['toStrictEqual with undefined property', () => expect({ a: 1, b: undefined }).toStrictEqual({ a: 1 })],
  ['toStrictEqual with other prototype', () => expect(new Point(1)).toStrictEqual({ x: 1 })],
  ['toMatch', () => expect('abc').toMatch(/z/)],
  ['toContain', () => expect([1, 2]).toContain(3)],
  ['toThrow when nothing throws', () => expect(() => 1).toThrow()],
  [
    'toThrow with another message',
    () =>
      expect(() => {
        throw new Error('a');
      }).toThrow('b'),
  ],
  [
    'FORBIDDEN: toThrow with a class argument',
    () =>
      expect(() => {
        throw new Error('a');
      }).toThrow(Error as never),
  ],
  ['toBeInstanceOf', () => expect({}).toBeInstanceOf(Point)],
  ['toBeDefined', () => expect(undefined).toBeDefined()],
  ['toBeUndefined', () => expect(null).toBeUndefined()],
  ['toBeTruthy', () => expect(0).toBeTruthy()],
  ['toBeFalsy', () => expect(1).toBeFalsy()],
  ['toHaveLength', () => expect('abc').toHaveLength(2)],
  ['toBeGreaterThan', () => expect(1).toBeGreaterThan(1)],
  ['toBeGreaterThanOrEqual', () => expect(1).toBeGreaterThanOrEqual(2)],
  ['toBeLessThan', () => expect(1).toBeLessThan(1)],
  ['toBeLessThanOrEqual', () => expect(2).toBeLessThanOrEqual(1)],
  ['toMatchObject', () => expect({ a: 1 }).toMatchObject({ a: 1, b: 2 })],
  ['toMatchObject arrays of other length', () => expect({ a: [1, 2] }).toMatchObject({ a: [1] })],
  ['not.toBe', () => expect(1).not.toBe(1)],
  [
    'not.toThrow',
    () =>
      expect(() => {
        throw new Error('x');
      }).not.toThrow(),
  ],
  [
    'FORBIDDEN: a matcher outside the portable list',
    () => (expect(null) as unknown as { toBeNull(): void }).toBeNull(),
  ],
];

describe('vitest shim', () => {
  for (const [name, run] of passing) {
    it(`passes: ${name}`, () => run());
  }
  for (const [name, run] of failing) {
    it(`fails: ${name}`, () => {
      let threw = false;
      try {
        run();
      } catch {
        threw = true;
      }
      ok(threw, `expected "${name}" to fail`);
    });
  }

  it('rejects / resolves', async () => {
    await expect(Promise.reject(new Error('nope'))).rejects.toThrow('nope');
    await expect(Promise.resolve({ a: 1 })).resolves.toEqual({ a: 1 });
    await expect(Promise.resolve(1)).resolves.not.toBe(2);
    await assertRejects(expect(Promise.resolve(1)).rejects.toThrow());
    await assertRejects(expect(Promise.reject(new Error('x'))).resolves.toBe(1));
    await assertRejects(expect(Promise.reject(new Error('x'))).rejects.toThrow('y'));
    await assertRejects(expect(Promise.resolve(1)).resolves.toBe(2));
  });

  it('awaits an async test body inside describe', async () => {
    const order: string[] = [];
    await new Promise((resolve) => setTimeout(resolve, 5));
    order.push('after await');
    ok(order.length === 1);
  });
});
