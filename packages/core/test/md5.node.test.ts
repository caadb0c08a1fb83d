import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { md5, md5Hex } from '../src/crypto/md5.js';

const nodeMd5Hex = (data: Uint8Array): string => createHash('md5').update(data).digest('hex');

describe('md5 against node:crypto', () => {
  it('matches for random byte arrays up to 5000 bytes, as lower-case hex (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        const hex = md5Hex(data);
        expect(hex).toMatch(/^[0-9a-f]{32}$/);
        expect(hex).toBe(nodeMd5Hex(data));
        expect(Buffer.from(md5(data)).toString('hex')).toBe(hex);
      }),
      { numRuns: 500 },
    );
  });

  it('matches for a Buffer and for a view into a larger buffer', () => {
    const backing = Buffer.from('支付宝担保交易 create_partner_trade_by_buyer '.repeat(40), 'utf8');
    expect(md5Hex(backing)).toBe(nodeMd5Hex(backing));
    const view = new Uint8Array(backing.buffer, backing.byteOffset + 7, 613);
    expect(md5Hex(view)).toBe(nodeMd5Hex(view));
  });
});
