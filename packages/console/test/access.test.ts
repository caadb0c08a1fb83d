// The console is closed unless authorize lets a request in, and its actions refuse what a
// cross-site page could send: every route answers 401 without a valid sign-in, a cross-site POST
// and a POST without the operator's CSRF token are refused with 403 and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE,
  csrfOf,
  get,
  makeEscrow,
  paidOrder,
  post,
  serveConsole,
  TOKEN,
  type Running,
  type TestEscrow,
} from './fixture.js';

let escrow: TestEscrow;
let running: Running;
let logId: string;
let hookCalls = 0;

beforeAll(async () => {
  escrow = makeEscrow({
    hooks: {
      onPaid: () => {
        hookCalls += 1;
      },
    },
  });
  logId = (await paidOrder(escrow, 'A-1')).entry.id;
  running = await serveConsole({ escrow, challenge: 'Bearer realm="console"' });
});
afterAll(() => running.stop());

const ROUTES: [string, string][] = [
  ['GET', '/'],
  ['GET', ''],
  ['HEAD', '/'],
  ['GET', '/?verdict=anomaly'],
  ['GET', '/attention'],
  ['GET', '/log/LOG_ID'],
  ['GET', '/log/no-such-entry'],
  ['GET', '/orders/A-1'],
  ['GET', '/orders/no-such-order'],
  ['POST', '/replay'],
  ['POST', '/reconcile'],
  ['PUT', '/replay'],
  ['DELETE', '/orders/A-1'],
  ['GET', '/no-such-page'],
  ['GET', '/log/a/b'],
];

describe('without a valid sign-in', () => {
  const variants: [string, Record<string, string>][] = [
    ['no credentials', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['the token as Basic credentials', { authorization: `Basic ${btoa(`x:${TOKEN}`)}` }],
  ];
  for (const [name, headers] of variants) {
    it(`answers 401 on every route with ${name}, with the challenge and no page`, async () => {
      for (const [method, path] of ROUTES) {
        const response = await fetch(`${running.url}${path.replace('LOG_ID', logId)}`, {
          method,
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
          ...(method === 'POST' ? { body: `logId=${logId}&outTradeNo=A-1&csrf=x` } : {}),
        });
        const text = await response.text();
        expect(response.status, `${method} ${path}`).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="console"');
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(text).not.toContain('A-1');
      }
      // and nothing was replayed: the order's only entry is the original notify
      expect((await escrow.listLog({ outTradeNo: 'A-1' })).map((e) => e.channel)).toEqual(['notify']);
    });
  }

  it('answers 401 when authorize throws', async () => {
    const failing = await serveConsole({
      escrow,
      authorize: () => {
        throw new Error('session store down');
      },
    });
    try {
      const response = await get(`${failing.url}/`);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain('session store down');
    } finally {
      await failing.stop();
    }
  });

  it('answers 404 outside its base path without asking authorize', async () => {
    let asked = 0;
    const counting = await serveConsole({
      escrow,
      authorize: () => {
        asked += 1;
        return null;
      },
    });
    try {
      const outside = counting.url.replace(BASE, '/admin/alipayX');
      expect((await fetch(outside)).status).toBe(404);
      expect(asked).toBe(0);
      expect((await fetch(`${counting.url}/`)).status).toBe(401);
      expect(asked).toBe(1);
    } finally {
      await counting.stop();
    }
  });
});

describe('signed in', () => {
  it('sends the strict headers on every page: no script allowed, no framing, no referrer, no caching', async () => {
    for (const path of ['/', '/attention', `/log/${logId}`, '/orders/A-1']) {
      const response = await get(`${running.url}${path}`);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      const nonce = /style-src 'nonce-([^']+)'/.exec(csp)?.[1];
      const page = await response.text();
      expect(page).toContain(`<style nonce="${nonce}">`);
      expect(page).not.toContain('<script');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('uses a new style nonce for every page', async () => {
    const nonces = await Promise.all(
      [1, 2].map(async () => (await get(`${running.url}/`)).headers.get('content-security-policy')),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers 405 for a wrong method on a known route, 404 for an unknown one', async () => {
    expect((await get(`${running.url}/replay`)).status).toBe(405);
    expect((await post(`${running.url}/attention`, {})).status).toBe(405);
    expect((await get(`${running.url}/nothing-here`)).status).toBe(404);
    expect((await get(`${running.url}/log/no-such-entry`)).status).toBe(404);
  });
});

describe('actions refuse what a cross-site page can send', () => {
  async function freshToken(): Promise<string> {
    return csrfOf(await (await get(`${running.url}/log/${logId}`)).text());
  }
  async function replays(): Promise<number> {
    return (await escrow.listLog({ channels: ['replay'] })).length;
  }

  it('refuses a POST the browser marks cross-site, even with a valid token and sign-in (403)', async () => {
    const csrf = await freshToken();
    const before = await replays();
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'none', origin: 'null' },
    ]) {
      const response = await post(`${running.url}/replay`, { logId, csrf }, headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await replays()).toBe(before);
  });

  it('accepts Origin: null only with Sec-Fetch-Site: same-origin (Chromium under no-referrer)', async () => {
    const csrf = await freshToken();
    expect(
      (await post(`${running.url}/replay`, { logId, csrf }, { origin: 'null', 'sec-fetch-site': '' })).status,
    ).toBe(403);
    expect(
      (await post(`${running.url}/replay`, { logId, csrf }, { origin: 'null', 'sec-fetch-site': 'same-origin' }))
        .status,
    ).toBe(200);
  });

  it('refuses a POST without the CSRF token, with a wrong one, or with one altered (403)', async () => {
    const csrf = await freshToken();
    const [issued, mac] = csrf.split('.') as [string, string];
    const before = await replays();
    const wrong = [
      {},
      { csrf: '' },
      { csrf: 'not-a-token' },
      { csrf: `${issued}.${'0'.repeat(64)}` },
      { csrf: `${Number(issued) + 1}.${mac}` },
    ];
    for (const extra of wrong) {
      const response = await post(`${running.url}/replay`, { logId, ...extra });
      expect(response.status, JSON.stringify(extra)).toBe(403);
      expect(await response.text()).toContain('CSRF');
    }
    expect(await replays()).toBe(before);
  });

  it("refuses another operator's token (tokens are bound to who signed in)", async () => {
    const shared = await serveConsole({ escrow, authorize: (r) => r.headers.get('x-operator') });
    try {
      const page = await (await get(`${shared.url}/log/${logId}`, { 'x-operator': 'li-si' })).text();
      const csrf = csrfOf(page);
      const other = await post(`${shared.url}/replay`, { logId, csrf }, { 'x-operator': 'wang-wu' });
      expect(other.status).toBe(403);
      const own = await post(`${shared.url}/replay`, { logId, csrf }, { 'x-operator': 'li-si' });
      expect(own.status).toBe(200);
    } finally {
      await shared.stop();
    }
  });

  it('refuses a body that is not a form (415) or over 8 KiB (413)', async () => {
    const csrf = await freshToken();
    const json = await post(`${running.url}/replay`, { logId, csrf }, { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    const big = await post(`${running.url}/replay`, { logId, csrf, pad: 'x'.repeat(9000) });
    expect(big.status).toBe(413);
  });

  it('accepts the same form from its own origin, and the hook is not run again for a done effect', async () => {
    const calls = hookCalls;
    const response = await post(`${running.url}/replay`, { logId, csrf: await freshToken() });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('id="outcome-verdict"');
    expect(hookCalls).toBe(calls);
  });
});
