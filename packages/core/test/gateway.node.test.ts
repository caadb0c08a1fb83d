// The gateway client over a real socket (node:http on 127.0.0.1) with the real global fetch,
// and the JSON copy of the official samples checked against the sample files.
import { describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGatewayClient } from '../src/gateway/index.js';
import type { AlipayEscrowError } from '../src/errors/error.js';
import samples from './fixtures/gateway-samples.json' with { type: 'json' };

interface Seen {
  method: string;
  url: string;
  body: Buffer;
}

async function withServer(
  handler: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void,
  run: (gatewayUrl: string, seen: Seen[]) => Promise<void>,
): Promise<void> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method!, url: req.url!, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await run(`http://127.0.0.1:${port}/gateway.do`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const options = (gatewayUrl: string, extra: object = {}) => ({
  partner: '2088002396712354',
  keys: { signType: 'MD5' as const, key: '10000000000000000000000000000000' },
  charset: 'gbk' as const,
  gatewayUrl,
  ...extra,
});

describe('gateway client over real HTTP', () => {
  it('notify_verify and send goods: the bytes on the wire', async () => {
    await withServer(
      (req, res) => {
        res.setHeader('content-type', 'text/xml; charset=utf-8');
        res.end(req.method === 'GET' ? 'true' : samples.send_goods_response_error);
      },
      async (url, seen) => {
        const client = createGatewayClient(options(url));
        expect(await client.notifyVerify('a/b+c')).toEqual({ outcome: 'verified', body: 'true', status: 200 });
        expect(seen[0]!.url).toBe('/gateway.do?service=notify_verify&partner=2088002396712354&notify_id=a%2Fb%2Bc');
        const r = await client.sendGoods({
          tradeNo: '2011112405052142',
          logisticsName: '宅急送ZJS',
          transportType: 'EXPRESS',
        });
        expect(r).toMatchObject({ ok: false, error: 'TRADE_NOT_EXIST' });
        expect(seen[1]!.method).toBe('POST');
        expect(seen[1]!.url).toBe('/gateway.do?_input_charset=gbk');
        expect(seen[1]!.body.toString('latin1')).toContain('logistics_name=%D5%AC%BC%B1%CB%CDZJS');
      },
    );
  });

  it('a server that never answers: timeout with a real fetch, and the socket is given up', async () => {
    await withServer(
      () => {},
      async (url) => {
        const client = createGatewayClient(options(url, { timeoutMs: 100 }));
        const started = Date.now();
        expect(await client.notifyVerify('1')).toEqual({ outcome: 'timeout' });
        try {
          await client.sendGoods({ tradeNo: '2011112405052142', logisticsName: 'ZJS', transportType: 'EXPRESS' });
          throw new Error('expected throw');
        } catch (e) {
          expect((e as AlipayEscrowError).code).toBe('GATEWAY_TIMEOUT');
        }
        expect(Date.now() - started).toBeLessThan(3000);
      },
    );
  });

  it('a refused connection is a network error', async () => {
    let freeUrl = '';
    await withServer(
      () => {},
      async (url) => {
        freeUrl = url;
      },
    );
    const client = createGatewayClient(options(freeUrl));
    expect(await client.notifyVerify('1')).toEqual({ outcome: 'error' });
  });
});

describe('gateway-samples.json', () => {
  it('matches the sample files', () => {
    const dir = fileURLToPath(new URL('./fixtures/samples/', import.meta.url));
    const read = (f: string) => readFileSync(dir + f, 'utf8');
    expect(samples).toEqual({
      send_goods_response_success: read('send_goods_response_success_S_p11-13.xml'),
      send_goods_response_error: read('send_goods_response_error_S_p13.xml'),
      send_goods_response_presign: read('DERIVED_send_goods_response_presign.txt'),
      notify_verify_url: read('notify_verify_url_C_p31.txt'),
    });
  });
});
