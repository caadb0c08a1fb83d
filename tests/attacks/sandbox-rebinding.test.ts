// Attack: DNS rebinding against `alipay-escrow sandbox` on the tester's machine. A page the tester
// visits makes its own name (rebind.attacker.example) resolve to 127.0.0.1; the browser then
// treats the sandbox as that page's origin: same-origin JSON with a matching Origin, readable
// answers. The sandbox answered any Host, so the page could have it sign a notification for any
// order and amount (and register its notify_id, so notify_verify confirms it), and read the
// configuration, the trades and the pages. Now it answers only the Host names it was started
// under (its address and localhost, with its port): anything else gets 421 and nothing happens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startSandboxProcess, type SandboxProcess } from './sandbox-process.js';

let sandbox: SandboxProcess;
let port: number;
let attacker: string;

beforeAll(async () => {
  sandbox = await startSandboxProcess(['--json']);
  port = sandbox.printed.port;
  attacker = `rebind.attacker.example:${port}`;
});

afterAll(async () => {
  await sandbox?.stop();
});

/** What the attacker's page sends: a same-origin JSON POST, as far as the browser can tell. */
function signRequest(host: string, outTradeNo: string) {
  return rawRequest(port, {
    method: 'POST',
    path: '/sandbox/api/notify-ids',
    host,
    headers: { 'content-type': 'application/json', origin: `http://${host}`, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ tradeStatus: 'TRADE_FINISHED', outTradeNo, totalFee: '888.00' }),
  });
}

describe('alipay-escrow sandbox reached through DNS rebinding', () => {
  it('refuses to sign a notification for a foreign Host (421, no notify_id issued), and still signs for localhost', async () => {
    const refused = await signRequest(attacker, 'REBIND-VICTIM-1');
    expect(refused.status).toBe(421);
    expect(refused.body).not.toContain('notifyId');
    expect(refused.body).not.toContain('sign=');
    expect(refused.body).toContain('allowedHosts');
    // Nothing was issued: the sandbox logs every notify_id it hands out, and lists them on its page.
    const page = await rawRequest(port, { path: '/sandbox', host: `127.0.0.1:${port}` });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain('REBIND-VICTIM-1');
    expect(sandbox.stdout()).not.toContain('REBIND-VICTIM-1');

    const genuine = await signRequest(`localhost:${port}`, 'LOCAL-1');
    expect(genuine.status).toBe(201);
    expect(JSON.parse(genuine.body)).toMatchObject({ outTradeNo: 'LOCAL-1' });
    await sandbox.line((l) => l.includes('"notify-id"') && l.includes('LOCAL-1'));
  });

  it('does not let a foreign Host read the configuration, the trades, the pages or the gateway', async () => {
    const { partner } = sandbox.printed;
    for (const path of [
      '/sandbox/api/config',
      '/sandbox/api/trades',
      '/sandbox',
      '/sandbox/seller',
      `/gateway.do?service=notify_verify&partner=${partner}&notify_id=x`,
    ]) {
      const res = await rawRequest(port, { path, host: attacker });
      expect(res.status, path).toBe(421);
      expect(res.body, path).not.toContain(partner);
      expect(res.body, path).toContain('DNS rebinding');
    }
  });

  it('answers the names it was started under: 127.0.0.1:<port> and localhost:<port>, not another port', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) {
      const res = await rawRequest(port, { path: '/sandbox/api/config', host });
      expect(res.status, host).toBe(200);
      expect(JSON.parse(res.body), host).toMatchObject({ partner: sandbox.printed.partner });
    }
    // A page served from localhost on another port is another origin: a rebinding page cannot be it.
    expect((await rawRequest(port, { path: '/sandbox/api/config', host: `localhost:${port + 1}` })).status).toBe(421);
  });
});
