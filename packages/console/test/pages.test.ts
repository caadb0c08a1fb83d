// What the pages show: a forged notification's bytes (attacker-controlled) are displayed, never
// run; a GBK notification's parameters are decoded as GBK; raw bytes as text and hex; a code with
// its Chinese and English explanation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, makeEscrow, paidOrder, serveConsole, type Running, type TestEscrow } from './fixture.js';

const PAYLOAD = `out_trade_no=%3Cscript%3Ealert(1)%3C%2Fscript%3E&subject="><img src=x onerror=alert(2)>&body=<script>alert(3)</script>&sign=x&sign_type=MD5`;

let escrow: TestEscrow;
let running: Running;
let forgedId: string;

beforeAll(async () => {
  escrow = makeEscrow();
  await escrow.handleNotify(
    new Request('https://shop.example.com/alipay/notify', {
      method: 'POST',
      headers: { 'user-agent': '<script>alert(4)</script>', 'content-type': 'application/x-www-form-urlencoded' },
      body: PAYLOAD,
    }),
    { remoteAddress: '<b>203.0.113.9</b>' },
  );
  const [forged] = await escrow.listLog({ verdicts: ['rejected'], limit: 1 });
  forgedId = forged!.id;
  running = await serveConsole({ escrow });
});
afterAll(() => running.stop());

/** Every opening tag in the page: the console's own markup only. */
function tagsOf(page: string): string[] {
  return [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
}

describe('a forged notification holding markup', () => {
  it('is shown escaped on its entry page: text, parameters, headers, address; no tag of its own', async () => {
    const response = await get(`${running.url}/log/${forgedId}`);
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;script&gt;alert(3)&lt;/script&gt;'); // the raw text
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // out_trade_no decoded from %3C…
    expect(page).toContain('&quot;&gt;&lt;img src=x'); // subject
    expect(page).toContain('&lt;script&gt;alert(4)&lt;/script&gt;'); // the user-agent header
    expect(page).toContain('&lt;b&gt;203.0.113.9&lt;/b&gt;');
    expect(new Set(tagsOf(page))).not.toContain('img');
    expect(new Set(tagsOf(page))).not.toContain('script');
  });

  it('is shown escaped in the log list', async () => {
    const page = await (await get(`${running.url}/`)).text();
    expect(page).toContain(`/log/${forgedId}`);
    expect(page).not.toMatch(/<script|<img|<b>/i);
    expect(page).toContain('&lt;b&gt;203.0.113.9&lt;/b&gt;');
  });

  it('shows its raw bytes as hex, 16 a line with offsets', async () => {
    const page = await (await get(`${running.url}/log/${forgedId}`)).text();
    const hex = /<pre id="raw-hex">([\s\S]*?)<\/pre>/.exec(page)?.[1] ?? '';
    const bytes = new TextEncoder().encode(PAYLOAD);
    const firstLine = Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join(' ');
    expect(hex.split('\n')[0]).toBe(`00000000  ${firstLine}  out_trade_no=%3C`);
    expect(hex.split('\n')).toHaveLength(Math.ceil(bytes.length / 16));
  });

  it("explains the rejection's code in Chinese and English", async () => {
    const entry = (await escrow.getLog(forgedId))!;
    expect(entry.code).not.toBeNull();
    const page = await (await get(`${running.url}/log/${forgedId}`)).text();
    expect(page).toContain(`id="entry-code">${entry.code}<`);
    expect(page).toMatch(/原因：.+/);
    expect(page).toMatch(/Cause: .+/);
  });
});

describe('charsets', () => {
  it('decodes a GBK notification as GBK: the Chinese subject as sent, the charset named', async () => {
    const gbk = makeEscrow({ charset: 'gbk' });
    const { entry, notification } = await paidOrder(gbk, 'G-1', { charset: 'gbk', subject: '龍井茶·明前' });
    expect(notification.bodyText).toContain('%'); // GBK bytes percent-encoded: not readable as they stand
    const console = await serveConsole({ escrow: gbk });
    try {
      const page = await (await get(`${console.url}/log/${entry.id}`)).text();
      expect(page).toContain('<small>(gbk)</small>');
      expect(page).toContain('<tr><td>subject</td><td>龍井茶·明前</td></tr>');
    } finally {
      await console.stop();
    }
  });

  it('decodes a UTF-8 notification as UTF-8', async () => {
    const utf8 = makeEscrow();
    const { entry } = await paidOrder(utf8, 'U-1', { subject: '碧螺春' });
    const console = await serveConsole({ escrow: utf8 });
    try {
      const page = await (await get(`${console.url}/log/${entry.id}`)).text();
      expect(page).toContain('<small>(utf-8)</small>');
      expect(page).toContain('<tr><td>subject</td><td>碧螺春</td></tr>');
    } finally {
      await console.stop();
    }
  });
});

describe('the log list', () => {
  it('filters by verdict and pages to older entries', async () => {
    const many = makeEscrow();
    for (const n of [1, 2, 3]) await paidOrder(many, `P-${n}`);
    const console = await serveConsole({ escrow: many, pageSize: 2 });
    try {
      const first = await (await get(`${console.url}/?verdict=applied`)).text();
      expect(first).toContain('P-3');
      expect(first).toContain('P-2');
      expect(first).not.toContain('>P-1<');
      const older = /id="older" href="([^"]+)"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
      expect(older).toBeDefined();
      const second = await (await get(`http://${new URL(console.url).host}${older}`)).text();
      expect(second).toContain('>P-1<');
      expect(second).not.toContain('>P-3<');
      expect((await get(`${console.url}/?verdict=rejected`)).status).toBe(200);
      expect(await (await get(`${console.url}/?verdict=rejected`)).text()).toContain('id="log-empty"');
      expect((await get(`${console.url}/?verdict=%3Cx%3E`)).status).toBe(400);
    } finally {
      await console.stop();
    }
  });
});
