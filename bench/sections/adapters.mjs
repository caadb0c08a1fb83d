// Notifications/s through the framework adapters on Node, over loopback HTTP, measured with
// autocannon against baselines served by the same framework on the same server in the same run.
//
// The server runs in a worker thread (its own event loop; autocannon runs on the main thread),
// one per framework: Hono on @hono/node-server, Koa on node:http. Each serves three routes:
//   POST /alipay/notify  the adapter (alipayEscrow) over core: memory store, notify_verify stubbed
//                        in-process (answers `true` at once), no-op hooks;
//   POST /bare           reads the body and answers `success` (text/plain): the framework's floor;
//   POST /direct         core without the adapter, written by hand the obvious way (Hono:
//                        `escrow.handleNotify(c.req.raw)`; Koa: buffer ctx.req, new Request, copy
//                        the Response back): what the adapter's translation costs, if anything.
// All get the same bodies: genuine signed WAIT_SELLER_SEND_GOODS notifications for ORDERS
// pre-seeded orders, handed out round-robin across connections. The first ORDERS requests of a run
// are first-seen (transition + effects); every later one is a DUPLICATE: verified (MD5 and
// notify_verify), logged, found already applied, answered `success` — what Alipay's retries cost.
// So the figures measure the duplicate path almost entirely. Every response must be 200 `success`:
// any error, timeout, non-2xx or other body aborts the bench.
//
// Rounds: ROUNDS per framework after a warm-up, RUN_SECONDS per side, the order of the sides
// reversed every round. Results (medians of the per-round ratios):
//   hono_vs_bare, koa_vs_bare                adapter ÷ bare route (the target for Hono: 0.8)
//   hono_vs_core_direct, koa_vs_core_direct  adapter ÷ hand-written core call (1.0 = a free adapter)
//   hono_adapter_notify_per_s, koa_adapter_notify_per_s

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROLE = 'alipay-escrow-adapters-bench-server';
const ORDERS = 2000;
const RUN_SECONDS = 4;
const WARMUP_SECONDS = 1;
const ROUNDS = 2;
const CONNECTIONS = 10;
const CONTENT_TYPE = 'application/x-www-form-urlencoded; text/html; charset=UTF-8';
const SIDES = ['adapter', 'bare', 'direct'];
const PATHS = { adapter: '/alipay/notify', bare: '/bare', direct: '/direct' };

if (!isMainThread && workerData?.role === ROLE) await serve(workerData.framework);

/** Worker side: seed the orders, start the server, post { port, bodies } to the main thread. */
async function serve(framework) {
  const { createEscrow, createMemoryStore } = await import('../../packages/core/dist/index.js');
  const { buildTestNotification } = await import('../../packages/core/dist/testing/index.js');
  const keys = { signType: 'MD5', key: '760bdzec6y9goq7ctyx96ezkz78287de' };
  const partner = '2088101122136241';
  const unused = async () => {
    throw new Error('not used by the bench');
  };
  const options = {
    merchant: {
      partner,
      keys,
      charset: 'utf-8',
      seller: { id: partner },
      notifyUrl: 'https://shop.example.com/alipay/notify',
    },
    gateway: {
      notifyVerify: async () => ({ outcome: 'verified', body: 'true', status: 200 }),
      sendGoods: unused,
      singleTradeQuery: unused,
      closeTrade: unused,
    },
    hooks: { onPaid() {}, onTransition() {} },
  };
  // one escrow (and store) per side, so no side finds the other's work already done
  const escrows = {
    adapter: createEscrow({ ...options, store: createMemoryStore() }),
    direct: createEscrow({ ...options, store: createMemoryStore() }),
  };
  const bodies = [];
  for (let i = 0; i < ORDERS; i++) {
    const outTradeNo = `AB-${String(i).padStart(6, '0')}`;
    const order = {
      outTradeNo,
      subject: '纯棉T恤',
      price: '128.00',
      quantity: 1,
      logistics: [{ type: 'EXPRESS', fee: '10.00', payment: 'BUYER_PAY' }],
    };
    for (const escrow of Object.values(escrows)) await escrow.createPayment(order);
    const n = await buildTestNotification({
      keys,
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '138.00',
      price: '128.00',
      sellerId: partner,
      subject: '纯棉T恤',
    });
    bodies.push(n.bodyText);
  }
  const port = framework === 'hono' ? await serveHono(escrows) : await serveKoa(escrows);
  parentPort.postMessage({ port, bodies });
}

async function serveHono(escrows) {
  const { serve: listen } = await import('@hono/node-server');
  const { Hono } = await import('hono');
  const { alipayEscrow } = await import('../../packages/adapter-hono/dist/index.js');
  const app = new Hono().route('/', alipayEscrow(escrows.adapter));
  app.post(PATHS.bare, async (c) => {
    await c.req.arrayBuffer();
    return c.text('success');
  });
  app.post(PATHS.direct, (c) => escrows.direct.handleNotify(c.req.raw));
  return new Promise((resolve) =>
    listen({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => resolve(info.port)),
  );
}

async function serveKoa(escrows) {
  const { createServer } = await import('node:http');
  const { default: Koa } = await import('koa');
  const { alipayEscrow } = await import('../../packages/adapter-koa/dist/index.js');
  const app = new Koa();
  app.use(alipayEscrow(escrows.adapter));
  app.use(async (ctx) => {
    if (ctx.path !== PATHS.bare && ctx.path !== PATHS.direct) return;
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    if (ctx.path === PATHS.bare) {
      ctx.type = 'text/plain';
      ctx.body = 'success';
      return;
    }
    const request = new Request(`http://127.0.0.1${ctx.url}`, {
      method: ctx.method,
      headers: ctx.req.headers,
      body: Buffer.concat(chunks),
    });
    const response = await escrows.direct.handleNotify(request, { remoteAddress: ctx.req.socket.remoteAddress });
    ctx.body = Buffer.from(await response.arrayBuffer());
    ctx.status = response.status;
    ctx.type = response.headers.get('content-type');
  });
  const server = createServer(app.callback());
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/** Main side: one autocannon run; the bodies go out round-robin over every connection. */
async function load(autocannon, url, bodies, seconds) {
  let next = 0;
  let wrong = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': CONTENT_TYPE },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status !== 200 || body !== 'success') wrong += 1;
        },
      },
    ],
  });
  const bad = result.errors + result.timeouts + result.non2xx + wrong;
  if (bad > 0 || result.requests.total === 0) {
    throw new Error(
      `${url}: ${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${wrong} answers other than 200 "success"`,
    );
  }
  return result.requests.total / seconds;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function measureFramework(autocannon, framework) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE, framework } });
  try {
    const { port, bodies } = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`the ${framework} bench server exited (${code}) before listening`)),
      );
    });
    const url = (side) => `http://127.0.0.1:${port}${PATHS[side]}`;
    for (const side of SIDES) await load(autocannon, url(side), bodies, WARMUP_SECONDS); // the adapter's and direct's first-seen requests happen here
    const perSecond = { adapter: [], bare: [], direct: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? SIDES : [...SIDES].reverse())
        perSecond[side].push(await load(autocannon, url(side), bodies, RUN_SECONDS));
    }
    const ratio = (other) => median(perSecond.adapter.map((a, i) => a / perSecond[other][i]));
    return {
      adapter: median(perSecond.adapter),
      bare: median(perSecond.bare),
      direct: median(perSecond.direct),
      vsBare: ratio('bare'),
      vsDirect: ratio('direct'),
    };
  } finally {
    await worker.terminate();
  }
}

export async function run() {
  const { default: autocannon } = await import('autocannon');
  const hono = await measureFramework(autocannon, 'hono');
  const koa = await measureFramework(autocannon, 'koa');
  const rows = (name, m, bare, direct) => [
    { name: `${name}: alipayEscrow notify (duplicates), notifications/s`, opsPerSec: m.adapter },
    { name: `${name}: ${bare} reading the body, requests/s`, opsPerSec: m.bare },
    { name: `${name}: ${direct}, notifications/s`, opsPerSec: m.direct },
    { name: `${name} adapter ÷ bare`, ratio: m.vsBare },
    { name: `${name} adapter ÷ core called by hand`, ratio: m.vsDirect },
  ];
  return {
    rows: [
      ...rows('hono', hono, 'bare route', 'escrow.handleNotify(c.req.raw) by hand'),
      ...rows('koa', koa, 'bare middleware', 'buffered body → Request → core by hand'),
    ],
    results: {
      hono_vs_bare: hono.vsBare,
      koa_vs_bare: koa.vsBare,
      hono_vs_core_direct: hono.vsDirect,
      koa_vs_core_direct: koa.vsDirect,
      hono_adapter_notify_per_s: hono.adapter,
      koa_adapter_notify_per_s: koa.adapter,
    },
  };
}
