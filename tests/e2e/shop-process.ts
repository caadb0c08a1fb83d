/**
 * Starts the demo shop exactly as a person does (`node examples/shop/dist/start.js`, configured by
 * environment), on free ports, with its data in a fresh temporary folder; reads the URLs it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const START = fileURLToPath(new URL('../../examples/shop/dist/start.js', import.meta.url));

export interface ShopProcess {
  shopUrl: string;
  sandboxUrl: string;
  /** The seller/admin password the shop printed (random per run). */
  adminPassword: string;
  /** Everything the process printed so far. */
  output(): string;
  /** SIGTERM (what Ctrl-C does), waits for the exit, removes the data folder. Resolves to the exit code. */
  stop(): Promise<number | null>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

export async function startShopProcess(env: Record<string, string> = {}): Promise<ShopProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'escrow-shop-e2e-'));
  const child = spawn(process.execPath, [START], {
    env: { ...process.env, SHOP_PORT: '0', SANDBOX_PORT: '0', SHOP_DB: join(dir, 'shop.db'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));

  const stop = async (): Promise<number | null> => {
    child.kill('SIGTERM');
    const code = await waitForExit(child, 5_000);
    rmSync(dir, { recursive: true, force: true });
    return code;
  };

  const started = Date.now();
  while (!out.includes('Ctrl-C')) {
    if (child.exitCode !== null) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`the shop exited with ${child.exitCode}:\n${out}`);
    }
    if (Date.now() - started > 15_000) {
      await stop();
      throw new Error(`the shop did not start within 15 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const shopUrl = /商店 shop\s+(http:\/\/\S+?)\/\s/.exec(out)?.[1];
  const sandboxUrl = /gatewayUrl\s+(http:\/\/\S+)\/gateway\.do/.exec(out)?.[1];
  const adminPassword = /admin password\s+(\S+)/.exec(out)?.[1];
  if (!shopUrl || !sandboxUrl || !adminPassword) {
    await stop();
    throw new Error(`could not read the URLs and the admin password the shop printed:\n${out}`);
  }
  return { shopUrl, sandboxUrl, adminPassword, output: () => out, stop };
}

/**
 * Signs in to the seller/admin pages without a browser (the login form: its CSRF token, then the
 * password) and answers a GET that sends the session's cookies.
 */
export async function adminSession(shopUrl: string, password: string): Promise<(path: string) => Promise<Response>> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await fetch(`${shopUrl}/admin/login`);
  keep(form);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const login = await fetch(`${shopUrl}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, password, next: '/seller' }),
  });
  if (login.status !== 303) throw new Error(`the admin login answered ${login.status}`);
  keep(login);
  return (path) => fetch(`${shopUrl}${path}`, { headers: { cookie: cookie() } });
}

export interface OrderJson {
  outTradeNo: string;
  status: string;
  tradeStatus: string | null;
  refundStatus: string | null;
  tradeNo: string | null;
  totalFee: string | null;
  effects: { kind: string; runs: number }[];
}

export async function getOrder(shopUrl: string, outTradeNo: string): Promise<OrderJson> {
  const response = await fetch(`${shopUrl}/api/orders/${encodeURIComponent(outTradeNo)}`);
  if (response.status !== 200) throw new Error(`GET /api/orders/${outTradeNo} answered ${response.status}`);
  return (await response.json()) as OrderJson;
}

/** Polls the order API until `status` is reached (bounded). */
export async function waitForStatus(
  shopUrl: string,
  outTradeNo: string,
  status: string,
  ms = 15_000,
): Promise<OrderJson> {
  const until = Date.now() + ms;
  let last: OrderJson | undefined;
  while (Date.now() < until) {
    last = await getOrder(shopUrl, outTradeNo);
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`order ${outTradeNo} did not reach ${status} within ${ms} ms; last: ${JSON.stringify(last)}`);
}

/** How many times each hook kind succeeded (summed over its effects). */
export function runsByKind(order: OrderJson): Record<string, number> {
  const runs: Record<string, number> = {};
  for (const e of order.effects) runs[e.kind] = (runs[e.kind] ?? 0) + e.runs;
  return runs;
}
