import { describe, expect, it } from 'vitest';
import { readLoggedMessage } from '../src/protocol/index.js';
import { encodeText } from '../src/charset/index.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const percent = (data: Uint8Array) =>
  Array.from(data, (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

describe('readLoggedMessage', () => {
  it('reads a UTF-8 notification body into its parameters, in order', () => {
    const message = readLoggedMessage(bytes(`out_trade_no=A-1&subject=${percent(bytes('测试商品'))}&total_fee=0.01`));
    expect(message).toEqual({
      charset: 'utf-8',
      params: [
        ['out_trade_no', 'A-1'],
        ['subject', '测试商品'],
        ['total_fee', '0.01'],
      ],
      text: `out_trade_no=A-1&subject=${percent(bytes('测试商品'))}&total_fee=0.01`,
      problem: null,
    });
  });

  it('reads GBK bytes as GBK when they are not UTF-8', () => {
    const gbk = encodeText('测试商品', 'gbk');
    const message = readLoggedMessage(bytes(`subject=${percent(gbk)}&buyer_email=a%40b.cn`));
    expect(message.charset).toBe('gbk');
    expect(message.params).toEqual([
      ['subject', '测试商品'],
      ['buyer_email', 'a@b.cn'],
    ]);
  });

  it('never throws on bytes that are not a form body: says why and shows them as latin-1', () => {
    const message = readLoggedMessage(new Uint8Array([0x3c, 0x73, 0x3e, 0x25, 0x5a]));
    expect(message.charset).toBe(null);
    expect(message.params).toEqual([]);
    expect(message.text).toBe('<s>%Z');
    expect(message.problem).toMatch(/percent escape|no '='/);
  });

  it('says so when the values decode in neither charset', () => {
    const message = readLoggedMessage(bytes('subject=%FF%FF'));
    expect(message).toMatchObject({
      charset: null,
      params: [],
      problem: 'The values decode neither as UTF-8 nor as GBK.',
    });
  });
});
