// The migrated shop, end to end against the local sandbox in GBK: the payment page, the hooks
// that replace notify_url.php's branches, the shipment that replaces the send-goods demo.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { createEscrow, createMemoryStore, type Escrow, type OrderRecord } from '@alipay-escrow/core';
import { formEncodePairs } from '@alipay-escrow/core/protocol';
import { createClock } from '@alipay-escrow/sandbox';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirmShipment,
  hooksFromDemoBranches,
  merchantFromDemoConfig,
  paymentPage,
  type OrderTable,
} from '../src/from-demo.js';

const account = {
  partner: '2088101122136241',
  key: 'migrate0guide0key0migrate0guide0',
  sellerEmail: 'seller@example.com',
};

let sandbox: RunningSandbox;
let server: Server;
let escrow: Escrow;
const steps: string[] = [];

const table: OrderTable = {
  markPaid: async (o: OrderRecord, key) => void steps.push(`paid ${o.outTradeNo} ${key}`),
  markShipped: async (o, key) => void steps.push(`shipped ${o.outTradeNo} ${key}`),
  markFinished: async (o, key) => void steps.push(`finished ${o.outTradeNo} ${key}`),
  markClosed: async (o, key) => void steps.push(`closed ${o.outTradeNo} ${key}`),
  recordRefund: async (o, status, key) => void steps.push(`refund ${o.outTradeNo} ${status} ${key}`),
};

beforeAll(async () => {
  sandbox = await startSandbox({
    partner: account.partner,
    key: account.key,
    clock: createClock({ mode: 'manual' }),
  });
  // notify_url on a plain node:http server: the body goes to core as the raw bytes it is
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = `http://127.0.0.1${req.url ?? '/'}`;
    const request = new Request(url, {
      method: req.method ?? 'GET',
      ...(req.method === 'POST' ? { body: Buffer.concat(chunks) } : {}),
    });
    const response = req.url?.startsWith('/alipay/notify')
      ? await escrow.handleNotify(request)
      : await escrow.handleReturn(request);
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const merchant = {
    ...merchantFromDemoConfig(account),
    gatewayUrl: sandbox.gatewayUrl,
    notifyUrl: `${site}/alipay/notify`,
    returnUrl: `${site}/alipay/return`,
  };
  escrow = createEscrow({
    merchant,
    store: createMemoryStore(),
    hooks: hooksFromDemoBranches(table),
  });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await sandbox.stop();
});

async function sandboxApi(path: string, body: unknown = {}): Promise<void> {
  const response = await fetch(`${sandbox.url}/sandbox/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

describe('the migrated shop', () => {
  it('pays, ships and finishes in GBK, each branch once', async () => {
    const page = await paymentPage(escrow, {
      no: 'MG-1',
      subject: '手工皂（薰衣草）',
      price: '25.00',
      receiverName: '张三',
      receiverAddress: '杭州市西湖区',
    });
    const action = /action="([^"]+)"/.exec(page)?.[1]?.replace(/&amp;/g, '&');
    expect(action).toBe(`${sandbox.gatewayUrl}?_input_charset=gbk`);
    expect(page).toContain('accept-charset="gbk"');
    const unescapeValue = (v: string) =>
      v
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const fields = [...page.matchAll(/name="([^"]+)" value="([^"]*)"/g)].map((m): [string, string] => [
      m[1]!,
      unescapeValue(m[2]!),
    ]);
    // the browser submits the form (method get, accept-charset gbk): the sandbox creates the trade
    const response = await fetch(`${sandbox.gatewayUrl}?${formEncodePairs(fields, 'gbk')}`);
    expect(await response.text()).not.toContain('error-code');

    await sandboxApi('/trades/MG-1/pay');
    await sandboxApi('/clock/advance', { seconds: 0 });
    await confirmShipment(escrow, 'MG-1', 'SF1234567890');
    await sandboxApi('/trades/MG-1/confirm');
    await sandboxApi('/clock/advance', { seconds: 0 });

    expect(steps).toEqual(['paid MG-1 MG-1:paid', 'shipped MG-1 MG-1:shipped', 'finished MG-1 MG-1:finished']);
  });
});
