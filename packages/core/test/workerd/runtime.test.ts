import { describe, expect, it } from 'vitest';

// Fails unless this file really runs inside workerd: guards against the workerd project
// silently falling back to Node.
describe('workerd runtime', () => {
  it('is Cloudflare Workers', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
    expect(typeof (globalThis as { WebSocketPair?: unknown }).WebSocketPair).toBe('function');
  });

  it('decodes GBK with TextDecoder', () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]);
    expect(new TextDecoder('gbk').decode(bytes)).toBe('中文');
  });
});
