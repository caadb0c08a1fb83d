// The log's SHA-256 of a request as a receiver takes it: this file imports only the receiver entry,
// so nothing installs the JavaScript SHA-256 of the full entry and the digest comes from WebCrypto.
// The bodies are FIPS 180-2's "abc" example and the empty body, whose digests are published.
import { describe, expect, it } from 'vitest';
import { createMemoryStore, createReceiver } from '../src/receiver/index.js';

const merchant = {
  partner: '2088101122130001',
  keys: { signType: 'MD5' as const, key: 'k7c2vq9w3e8r1t6y4u0i5o2p8a3s7d1f' },
  charset: 'utf-8' as const,
  seller: { id: '2088101122130002' },
};

describe('the log of a receiver', () => {
  it('records the SHA-256 and size of every byte of a refused request', async () => {
    const store = createMemoryStore();
    const receiver = createReceiver({ merchant, store, logger: null });
    const cases = [
      { body: 'abc', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
      { body: '', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    ];
    for (const { body } of cases) {
      const response = await receiver.handleNotify(
        new Request('https://shop.example/alipay/notify', { method: 'POST', body }),
      );
      expect(await response.text()).toBe('fail');
    }
    const entries = await store.listLog({});
    expect(
      entries
        .map((e) => ({ verdict: e.verdict, size: e.rawSize, sha256: e.rawSha256 }))
        .sort((a, b) => a.size - b.size),
    ).toEqual(
      cases
        .map(({ body, sha256 }) => ({ verdict: 'rejected', size: body.length, sha256 }))
        .sort((a, b) => a.size - b.size),
    );
  });
});
