/**
 * The getting-started guide, followed to the letter: the sandbox started with the CLI command the
 * page shows, the app started with the page's environment (ports swapped for free ones), the order
 * created with the page's request body, and the payment made through the sandbox's cashier pages
 * the way a browser does — back to return_url, then the notification.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTestNotification } from '@alipay-escrow/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTypeScriptRecipe,
  freePort,
  printedEnv,
  sandboxClient,
  startProcess,
  waitFor,
  type RecipeProcess,
  type SandboxClient,
} from '../../harness.js';

const DIR = fileURLToPath(new URL('..', import.meta.url));
const DOCS = fileURLToPath(new URL('../../../../docs/', import.meta.url));
const CLI = join(dirname(createRequire(import.meta.url).resolve('@alipay-escrow/cli/package.json')), 'dist/bin.js');

/** The commands a reader copies from one language's page. */
function pageCommands(page: string) {
  const text = readFileSync(join(DOCS, page), 'utf8');
  const sandbox = /^npx alipay-escrow sandbox (.+)$/m.exec(text)?.[1]?.split(/\s+/);
  const env = Object.fromEntries([...text.matchAll(/^export ([A-Z_]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
  const order = /curl -s -X POST \S+\/orders .* -d '([^']+)'/.exec(text)?.[1];
  if (!sandbox || !order || Object.keys(env).length === 0)
    throw new Error(`${page}: the sandbox command, the exports or the order request is missing`);
  return { sandbox, env, order: JSON.parse(order) as unknown };
}

/** The environment variables the app reads (`process.env.NAME` in its source), sorted. */
function namesTheAppReads(): string[] {
  const source = readFileSync(join(DIR, 'src/server.ts'), 'utf8');
  return [...new Set([...source.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/** The browser's part: follow the pay URL to the cashier, submit its form, follow the success page's link back. */
async function payAtCashier(payUrl: string): Promise<{ cashier: string; returned: Response }> {
  const cashierResponse = await fetch(payUrl);
  const cashier = await cashierResponse.text();
  const action = /<form method="post" action="([^"]+)" id="pay-form">/.exec(cashier)?.[1];
  const buyer = /name="buyer_email" id="buyer-email" value="([^"]*)"/.exec(cashier)?.[1];
  if (!action || buyer === undefined) throw new Error(`no cashier form at ${cashierResponse.url}:\n${cashier}`);
  const paid = await fetch(new URL(action, cashierResponse.url), {
    method: 'POST',
    body: new URLSearchParams({ buyer_email: buyer, logistics: '0' }),
  });
  const success = await paid.text();
  const link = /<a id="return-link" href="([^"]+)"/.exec(success)?.[1];
  if (!link) throw new Error(`no link back to the shop on the success page:\n${success}`);
  return { cashier, returned: await fetch(link.replaceAll('&amp;', '&')) };
}

describe('guide: getting started in five minutes', () => {
  const zh = pageCommands('guide/getting-started.md');
  let sandbox: RecipeProcess | undefined;
  let app: RecipeProcess | undefined;
  let client: SandboxClient;
  let base = '';
  let gatewayUrl = '';
  /** The page's exports, with the free ports in place of 7001 and 3000. */
  let env: Record<string, string> = {};

  beforeAll(async () => {
    buildTypeScriptRecipe(DIR);
    const [sandboxPort, appPort] = [await freePort(), await freePort()];
    const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
    base = `http://127.0.0.1:${appPort}`;
    sandbox = await startProcess(process.execPath, [CLI, 'sandbox', ...zh.sandbox, '--port', String(sandboxPort)], {
      cwd: DIR,
      env: {},
      readyUrl: `${sandboxUrl}/sandbox/api/idle`,
    });
    // The page's addresses use the default ports 7001 and 3000; the test uses free ones.
    env = Object.fromEntries(
      Object.entries(zh.env).map(([name, value]) => [
        name,
        value.replace('127.0.0.1:7001', `127.0.0.1:${sandboxPort}`).replace('127.0.0.1:3000', base.slice(7)),
      ]),
    );
    gatewayUrl = env.ALIPAY_GATEWAY_URL!;
    client = sandboxClient(sandboxUrl, gatewayUrl);
    app = await startProcess(process.execPath, ['dist/server.js'], {
      cwd: DIR,
      env: { ...env, PORT: String(appPort) },
      readyUrl: `${base}/orders/none`,
    });
  });

  afterAll(async () => {
    await app?.stop();
    await sandbox?.stop();
  });

  it('gives the same commands in Chinese and in English', () => {
    expect(pageCommands('en/guide/getting-started.md')).toEqual(zh);
  });

  it('prints as environment variables exactly what the page exports and the app reads (the key it was given stays hidden)', async () => {
    const output = await waitFor(
      async () => (sandbox!.output().includes('Press Ctrl-C') ? sandbox!.output() : undefined),
      'the sandbox to print its configuration',
    );
    const printed = printedEnv(output);
    // Given with --key, the key is not printed back: the reader already has it.
    expect(printed.ALIPAY_KEY).toBe('[redacted]');
    expect(output).not.toContain(zh.env.ALIPAY_KEY);
    const givenKey = zh.sandbox[zh.sandbox.indexOf('--key') + 1];
    const { PUBLIC_URL, ...exported } = env;
    expect(PUBLIC_URL).toBe(base);
    // Same names, same order, same values: the reader can paste the sandbox's lines as they are.
    expect(Object.entries({ ...printed, ALIPAY_KEY: givenKey })).toEqual(Object.entries(exported));
    // And the app reads those, plus where it is reached (PUBLIC_URL) and its port.
    expect(namesTheAppReads()).toEqual([...Object.keys(printed), 'PORT', 'PUBLIC_URL'].sort());
  });

  it('pays at the cashier, comes back to return_url, and gets the notification: paid, onPaid once', async () => {
    const created = await fetch(`${base}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(zh.order),
    });
    expect(created.status).toBe(201);
    const { outTradeNo, payUrl } = (await created.json()) as { outTradeNo: string; payUrl: string };

    const { cashier, returned } = await payAtCashier(payUrl);
    expect(cashier).toContain('收银台');
    expect(returned.url.startsWith(`${base}/alipay/return?`)).toBe(true);
    const page = await returned.text();
    expect(page).toContain('付款成功');
    expect(page).toContain(outTradeNo);

    await client.delivered(outTradeNo);
    const order = await (await fetch(`${base}/orders/${outTradeNo}`)).json();
    expect(order).toEqual({ outTradeNo, status: 'paid', tradeStatus: 'WAIT_SELLER_SEND_GOODS', refundStatus: null });
    expect(app!.output().split(`paid: ${outTradeNo}, time to ship`).length - 1).toBe(1);
  });

  it('charges the price of its product list: an order that names its own price or subject is refused', async () => {
    const post = (body: unknown) =>
      fetch(`${base}/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const body of [
      { subject: '测试商品', price: '0.01', quantity: 1 },
      { productId: 'sample', quantity: 1, price: '0.00' },
      { productId: 'sample', quantity: 1, subject: 'x' },
    ]) {
      expect((await post(body)).status).toBe(400);
    }
    const { payUrl } = (await (await post({ productId: 'sample', quantity: 3 })).json()) as { payUrl: string };
    const query = new URL(payUrl).searchParams;
    expect([query.get('subject'), query.get('price'), query.get('quantity')]).toEqual(['测试商品', '0.01', '3']);
  });

  it('answers `fail` to a notification signed with another key, and the order stays unpaid', async () => {
    const created = await fetch(`${base}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(zh.order),
    });
    const { outTradeNo } = (await created.json()) as { outTradeNo: string };
    const forged = await buildTestNotification({
      keys: { signType: 'MD5', key: 'not0the0merchant0key0not0the0key' },
      outTradeNo,
      tradeStatus: 'WAIT_SELLER_SEND_GOODS',
      totalFee: '0.01',
      sellerId: zh.env.ALIPAY_SELLER_ID,
    });
    expect(await (await fetch(forged.request(`${base}/alipay/notify`))).text()).toBe('fail');
    expect(await (await fetch(`${base}/orders/${outTradeNo}`)).json()).toMatchObject({
      status: 'created',
      tradeStatus: null,
    });
    expect((await fetch(`${base}/orders/no-such-order`)).status).toBe(404);
  });
});
