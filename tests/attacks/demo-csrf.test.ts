// The demo shop against another site open in the seller's browser: a cross-site POST must not
// ship an order or replay a notification, the seller and admin pages need the demo's admin login,
// and every page forbids framing and foreign scripts. The shop runs in-process (examples/shop
// startShop: Hono on 127.0.0.1 plus the sandbox), its data in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startShop } from '../../examples/shop/src/shop.js';

interface LogEntry {
  id: string;
  channel: string;
  verdict: string;
  code: string | null;
  outTradeNo: string | null;
  replayOf: string | null;
}
interface Shop {
  url: string;
  sandboxUrl: string;
  escrow: { listLog(filter?: { limit?: number }): Promise<LogEntry[]> };
  stop(): Promise<void>;
}

const PASSWORD = 'demo-attack-password';
const EVIL = 'http://evil.example';
const FORM = 'application/x-www-form-urlencoded';

let dir: string;
let shop: Shop;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'escrow-demo-csrf-'));
  shop = (await startShop({
    shopPort: 0,
    sandboxPort: 0,
    charset: 'utf-8',
    dbFile: join(dir, 'shop.db'),
    adminPassword: PASSWORD,
  })) as Shop;
});

afterAll(async () => {
  await shop?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function orderStatus(outTradeNo: string): Promise<string> {
  const res = await fetch(`${shop.url}/api/orders/${encodeURIComponent(outTradeNo)}`);
  return ((await res.json()) as { status: string }).status;
}

/** An order paid in the sandbox (through its JSON test API) and applied by the shop's notify handler. */
async function paidOrder(): Promise<string> {
  const created = await fetch(`${shop.url}/api/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: '测试商品', price: '0.01', quantity: 1 }),
  });
  expect(created.status).toBe(201);
  const { outTradeNo, payUrl } = (await created.json()) as { outTradeNo: string; payUrl: string };
  await fetch(payUrl, { redirect: 'manual' }); // the buyer reaches the cashier: the trade exists
  const paid = await fetch(`${shop.sandboxUrl}/sandbox/api/trades/${encodeURIComponent(outTradeNo)}/pay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(paid.status).toBe(200);
  for (let i = 0; i < 200 && (await orderStatus(outTradeNo)) !== 'paid'; i++)
    await new Promise((r) => setTimeout(r, 50));
  expect(await orderStatus(outTradeNo)).toBe('paid');
  return outTradeNo;
}

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
const tokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/** A browser session of the seller: signed in with the admin password through the login form. */
async function signedInSeller(): Promise<{
  jar: Map<string, string>;
  get(path: string): Promise<{ res: Response; html: string; token: string }>;
}> {
  const jar = new Map<string, string>();
  const get = async (path: string) => {
    const res = await fetch(`${shop.url}${path}`, { headers: { cookie: cookieHeader(jar) }, redirect: 'manual' });
    cookiesOf(res, jar);
    const html = await res.text();
    return { res, html, token: tokenIn(html) ?? '' };
  };
  const login = await get('/admin/login');
  expect(login.res.status).toBe(200);
  const res = await fetch(`${shop.url}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookieHeader(jar), 'content-type': FORM, origin: shop.url },
    body: new URLSearchParams({ _csrf: login.token, password: PASSWORD, next: '/seller' }),
  });
  expect(res.status).toBe(303);
  cookiesOf(res, jar);
  return { jar, get };
}

describe('the JSON API refuses what a page of another site can send', () => {
  it('a cross-site text/plain POST to /api/orders/:id/ship with a foreign Origin is refused and the order stays unshipped', async () => {
    const id = await paidOrder();
    const res = await fetch(`${shop.url}/api/orders/${id}/ship`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: EVIL },
      body: JSON.stringify({ logisticsName: '顺丰速运', transportType: 'EXPRESS' }),
    });
    expect([403, 415]).toContain(res.status);
    expect(await orderStatus(id)).toBe('paid');
  });

  it('JSON with a foreign Origin → 403; text/plain without Origin → 415 naming the content type to send', async () => {
    const id = await paidOrder();
    const body = JSON.stringify({ logisticsName: '顺丰速运', transportType: 'EXPRESS' });
    const foreign = await fetch(`${shop.url}/api/orders/${id}/ship`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: EVIL },
      body,
    });
    expect(foreign.status).toBe(403);
    const plain = await fetch(`${shop.url}/api/orders/${id}/ship`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body,
    });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toContain('application/json');
    expect(await orderStatus(id)).toBe('paid');
    // A program (no Origin) sending JSON still ships: the API's documented use.
    const ok = await fetch(`${shop.url}/api/orders/${id}/ship`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(ok.status).toBe(200);
    expect(await orderStatus(id)).toBe('shipped');
  });
});

describe('the seller and admin pages', () => {
  it('/seller and /admin/log without the admin login send the browser to the login page', async () => {
    for (const path of ['/seller', '/admin/log']) {
      const res = await fetch(`${shop.url}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toBe(`/admin/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('a wrong password is refused and signs nobody in', async () => {
    const jar = new Map<string, string>();
    const page = await fetch(`${shop.url}/admin/login`);
    cookiesOf(page, jar);
    const res = await fetch(`${shop.url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(jar), 'content-type': FORM },
      body: new URLSearchParams({ _csrf: tokenIn(await page.text())!, password: `${PASSWORD}x`, next: '/seller' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('shop_admin='))).toBe(false);
  });

  it('a cross-site form POST to /admin/log/:id/replay (no session, no token) is refused and nothing is replayed', async () => {
    const id = await paidOrder();
    const entry = (await shop.escrow.listLog({ limit: 500 })).find(
      (e) => e.outTradeNo === id && e.channel === 'notify',
    )!;
    expect(entry).toBeDefined();
    const before = (await shop.escrow.listLog({ limit: 500 })).length;
    const forged = await fetch(`${shop.url}/admin/log/${entry.id}/replay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': FORM, origin: EVIL },
      body: '',
    });
    expect([401, 403]).toContain(forged.status);
    // Without Origin (a browser told to hide it, or a script) the missing login and token still refuse it.
    const bare = await fetch(`${shop.url}/admin/log/${entry.id}/replay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': FORM },
      body: '',
    });
    expect([401, 403]).toContain(bare.status);
    const after = await shop.escrow.listLog({ limit: 500 });
    expect(after.length).toBe(before);
    expect(after.some((e) => e.replayOf === entry.id)).toBe(false);
  });

  it('even with the seller signed in, a form posted from another origin on the same host (the sandbox) ships nothing', async () => {
    const id = await paidOrder();
    const seller = await signedInSeller();
    const { token } = await seller.get('/seller');
    const res = await fetch(`${shop.url}/seller/orders/${id}/ship`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(seller.jar), 'content-type': FORM, origin: shop.sandboxUrl },
      body: new URLSearchParams({ _csrf: token, logistics_name: '顺丰速运', transport_type: 'EXPRESS' }),
    });
    expect(res.status).toBe(403);
    const noToken = await fetch(`${shop.url}/seller/orders/${id}/ship`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(seller.jar), 'content-type': FORM, origin: shop.url },
      body: new URLSearchParams({ logistics_name: '顺丰速运', transport_type: 'EXPRESS' }),
    });
    expect(noToken.status).toBe(403);
    expect(await orderStatus(id)).toBe('paid');
  });

  it('signed in, with the page token: the seller ships from /seller and replays from /admin/log', async () => {
    const id = await paidOrder();
    const seller = await signedInSeller();
    const sellerPage = await seller.get('/seller');
    expect(sellerPage.res.status).toBe(200);
    expect(sellerPage.html).toContain(`id="ship-${id}"`);
    const shipped = await fetch(`${shop.url}/seller/orders/${id}/ship`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(seller.jar), 'content-type': FORM, origin: shop.url },
      body: new URLSearchParams({
        _csrf: sellerPage.token,
        logistics_name: '顺丰速运',
        invoice_no: 'SF1',
        transport_type: 'EXPRESS',
      }),
    });
    expect(shipped.status).toBe(303);
    expect(await orderStatus(id)).toBe('shipped');

    const log = await seller.get('/admin/log');
    expect(log.res.status).toBe(200);
    const entry = (await shop.escrow.listLog({ limit: 500 })).find(
      (e) => e.outTradeNo === id && e.channel === 'notify' && e.verdict === 'applied',
    )!;
    const replayed = await fetch(`${shop.url}/admin/log/${entry.id}/replay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(seller.jar), 'content-type': FORM, origin: shop.url },
      body: new URLSearchParams({ _csrf: log.token }),
    });
    expect(replayed.status).toBe(303);
    expect((await shop.escrow.listLog({ limit: 500 })).some((e) => e.replayOf === entry.id)).toBe(true);
    const result = await seller.get(replayed.headers.get('location')!);
    expect(result.html).toContain('id="flash"');
  });

  it('a replay core refuses (a forged notification) is shown as REPLAY_REFUSED on the log page, and nothing is applied', async () => {
    const forged = await fetch(`${shop.url}/alipay/notify`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'notify_id=forged&out_trade_no=NOPE&trade_status=TRADE_FINISHED&sign=0&sign_type=MD5',
    });
    expect(await forged.text()).toBe('fail');
    const entry = (await shop.escrow.listLog({ limit: 500 })).find(
      (e) => e.outTradeNo === 'NOPE' && e.channel === 'notify',
    )!;
    const seller = await signedInSeller();
    const log = await seller.get('/admin/log');
    const res = await fetch(`${shop.url}/admin/log/${entry.id}/replay`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookieHeader(seller.jar), 'content-type': FORM, origin: shop.url },
      body: new URLSearchParams({ _csrf: log.token }),
    });
    expect(res.status).toBe(303);
    const page = await seller.get(res.headers.get('location')!);
    expect(page.html).toContain('id="replay-error"');
    expect(page.html).toContain('REPLAY_REFUSED');
    // Core logs the refused replay, and applies nothing.
    const replays = (await shop.escrow.listLog({ limit: 500 })).filter((e) => e.replayOf === entry.id);
    expect(replays.every((e) => e.verdict === 'rejected' && e.code === 'REPLAY_REFUSED')).toBe(true);
  });
});

describe('diagnosing a rejected notification from the log page', () => {
  it('is behind the admin login, runs on demand, and shows the cause without the key', async () => {
    await fetch(`${shop.url}/alipay/notify`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: 'notify_id=diag&out_trade_no=DIAG-1&trade_status=TRADE_FINISHED&total_fee=1.00&sign=0123456789abcdef0123456789abcdef&sign_type=MD5',
    });
    const entry = (await shop.escrow.listLog({ limit: 500 })).find((e) => e.outTradeNo === 'DIAG-1')!;
    const anonymous = await fetch(`${shop.url}/admin/log/${entry.id}/diagnose`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    const seller = await signedInSeller();
    expect((await seller.get('/admin/log')).html).toContain(`id="diagnose-${entry.id}"`);
    const page = await seller.get(`/admin/log/${entry.id}/diagnose`);
    expect(page.res.status).toBe(200);
    expect(page.html).toMatch(/<code id="diagnosis-code">SIGN_MISMATCH<\/code>/);
    expect(page.html).not.toContain((shop as unknown as { credentials: { key: string } }).credentials.key);
  });
});

describe('every page forbids framing and runs only its own scripts', () => {
  it('sends CSP with frame-ancestors none, X-Frame-Options DENY and nosniff; inline <script>/<style> carry the response nonce', async () => {
    const id = await paidOrder();
    for (const path of ['/', '/login', `/orders/${id}`, '/admin/login']) {
      const res = await fetch(`${shop.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, path).toBeDefined();
      const html = await res.text();
      for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) expect(tag, path).toContain(`nonce="${nonce}"`);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it('the auto-submitting payment form runs under the CSP: its script has the nonce and the gateway is an allowed form target', async () => {
    const jar = new Map<string, string>();
    const created = await fetch(`${shop.url}/api/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject: '测试', price: '0.01', quantity: 1 }),
    });
    const { outTradeNo } = (await created.json()) as { outTradeNo: string };
    const res = await fetch(`${shop.url}/orders/${outTradeNo}/pay`, { headers: { cookie: cookieHeader(jar) } });
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(await res.text()).toContain(`<script nonce="${nonce}">`);
    expect(csp).toMatch(new RegExp(`form-action 'self' ${shop.sandboxUrl.replace(/[.:/]/g, '\\$&')}(;|$)`));
  });
});
