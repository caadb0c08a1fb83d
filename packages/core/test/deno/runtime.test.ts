// Deno-only: fails unless this run really happens in Deno, and checks the Web API the core
// relies on for GBK.
import { describe, expect, it } from 'vitest';

declare const Deno: { version: { deno: string } };

describe('deno runtime', () => {
  it('is Deno', () => {
    expect(typeof Deno.version.deno).toBe('string');
    expect(Deno.version.deno).toMatch(/^2\./);
  });

  it('decodes GBK with TextDecoder', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]);
    expect(new TextDecoder('gbk').decode(bytes)).toBe('中文');
  });
});
