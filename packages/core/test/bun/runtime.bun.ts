// Bun-only (run by scripts/test-bun.mjs, never by vitest): fails unless this run really happens
// in Bun, and checks the Web API the core relies on for GBK.
import { describe, expect, it } from 'vitest';

const bun = (globalThis as { Bun?: { version: string } }).Bun;

describe('bun runtime', () => {
  it('is Bun 1.4', () => {
    expect(typeof bun?.version).toBe('string');
    expect(bun?.version).toMatch(/^1\.4\./);
  });

  it('decodes GBK with TextDecoder', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]);
    expect(new TextDecoder('gbk').decode(bytes)).toBe('中文');
  });
});
