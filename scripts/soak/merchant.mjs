// One merchant instance of the soak run, as its own process: core's createEscrow behind a
// node:http server on 127.0.0.1 (any free port, told to the supervisor over IPC), its store on
// the run's database, its hooks writing to the ledger. Per the crash plan in SOAK_MERCHANT it
// kills itself with SIGKILL at one of four points of a notification:
//   mid-body      while handleNotify reads the request body (after its first chunk);
//   after-receive once the first step (log entry + notify_id binding + read) is written;
//   after-commit  once the transition and its effects' claim are committed;
//   in-hook       once a hook's side effect is in the ledger, before the effects are settled.
// Before dying it appends a crash record naming the hooks that succeeded but were not yet settled
// (they will run again: that is the at-least-once the idempotency key is for).
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { createEscrow } from '@alipay-escrow/core';
import { ledgerHooks, merchantConfig, openStore } from './setup.mjs';

const plan = JSON.parse(process.env.SOAK_MERCHANT ?? '{}');
const rates = plan.crashRates ?? {};

// The escrow's clock follows the sandbox's fast clock: the proxy stamps each delivery with it.
let offset = 0;
const now = () => new Date(Date.now() + offset);

/** Hooks that succeeded in this process and whose "done" is not written yet. */
const unsettled = new Set();

function die() {
  process.kill(process.pid, 'SIGKILL');
  // The signal is on its way: block until it lands, so nothing more runs.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_000);
}

function maybeCrash(point, key = null) {
  if (!(Math.random() < (rates[point] ?? 0))) return;
  appendFileSync(
    plan.crashFile,
    `${JSON.stringify({ point, key, instance: plan.instance, pid: process.pid, unsettled: [...unsettled] })}\n`,
  );
  die();
}

const trace = (what) => process.env.SOAK_DEBUG && console.error(`[${plan.instance} ${process.pid}] ${what}`);
trace('opening');
const { store: inner } = await openStore(plan.db);
trace('opened');
const store = { ...Object.fromEntries(Object.keys(inner).map((name) => [name, inner[name].bind(inner)])) };
store.receive = async (input) => {
  const received = await inner.receive(input);
  maybeCrash('after-receive');
  return received;
};
store.commit = async (input) => {
  const committed = await inner.commit(input);
  if (committed.committed) maybeCrash('after-commit');
  return committed;
};
store.settle = async (input) => {
  const settled = await inner.settle(input);
  for (const { key } of input.done ?? []) unsettled.delete(key);
  return settled;
};

const hooks = ledgerHooks(plan.ledgerFile, plan.instance, (key) => {
  unsettled.add(key);
  maybeCrash('in-hook', key);
});
const escrow = createEscrow({
  merchant: merchantConfig(plan.gatewayUrl, plan.notifyUrl),
  store,
  hooks,
  now,
  logger: null,
});

/** The request body as a stream that may crash the process once its first chunk is read. */
function bodyOf(req) {
  const reader = Readable.toWeb(req).getReader();
  let first = true;
  return new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (first && !done) {
        first = false;
        maybeCrash('mid-body');
      }
      if (done) controller.close();
      else controller.enqueue(value);
    },
  });
}

const server = createServer((req, res) => {
  const stamp = Number(req.headers['x-soak-now']);
  if (Number.isFinite(stamp)) offset = Math.max(offset, stamp - Date.now());
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const request = new Request(new URL(req.url ?? '/', 'http://127.0.0.1'), {
    method: req.method,
    headers,
    body: req.method === 'POST' ? bodyOf(req) : null,
    duplex: 'half',
  });
  const answer =
    new URL(request.url).pathname === '/alipay/notify'
      ? escrow.handleNotify(request, { remoteAddress: '127.0.0.1' })
      : Promise.resolve(new Response('not found', { status: 404 }));
  answer
    .then(async (response) => {
      const body = new Uint8Array(await response.arrayBuffer());
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        res.setHeader(name, value);
      });
      res.end(body);
    })
    .catch((e) => {
      res.statusCode = 500;
      res.end(`merchant error: ${e instanceof Error ? e.message : String(e)}`);
    });
});
server.listen(0, '127.0.0.1', () => {
  trace('listening');
  process.send?.({ type: 'ready', port: server.address().port });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0));
