/**
 * What the recipe tests share: a real sandbox on 127.0.0.1, the recipe started the way its page
 * says (a child process: node, wrangler dev, deno), and the buyer's side of a payment driven
 * through the sandbox's test API. Nothing here stands in for the code a recipe shows.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configBlock } from '@alipay-escrow/sandbox/node';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';
import { expect } from 'vitest';

/**
 * The merchant a recipe is configured with; the sandbox knows exactly this one. The seller id is
 * the partner id, as in a sandbox started without --seller.
 */
export const MERCHANT = {
  partner: '2088101122136241',
  key: 'recipe0test0key0recipe0test0key0',
  sellerId: '2088101122136241',
  sellerEmail: 'seller@example.com',
} as const;

export interface SandboxTrade {
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: string;
  refundStatus: string | null;
  totalFee: string;
  notifications: {
    notifyId: string;
    tradeStatus: string;
    refundStatus: string | null;
    delivered: boolean;
    attempts: { at: string; httpStatus: number; reply: string }[];
  }[];
}

/** A notification the sandbox signed and will confirm through notify_verify (POST /sandbox/api/notify-ids). */
export interface IssuedNotification {
  notifyId: string;
  outTradeNo: string;
  tradeNo: string;
  /** The exact form-encoded POST body, as Alipay would send it. */
  body: string;
}

/** The buyer's side of a running sandbox, through its test API (whoever started it: this file or the CLI). */
export interface SandboxClient {
  /** Opens the signed payment URL the way a browser would; fails on the gateway's error page. */
  openCashier(payUrl: string): Promise<void>;
  pay(outTradeNo: string, body?: { buyerEmail?: string; logistics?: 0 | 1 | 2 }): Promise<SandboxTrade>;
  confirm(outTradeNo: string): Promise<SandboxTrade>;
  refund(
    outTradeNo: string,
    action: 'apply' | 'agree' | 'refuse' | 'return_goods' | 'confirm_returned' | 'cancel',
  ): Promise<SandboxTrade>;
  trade(outTradeNo: string): Promise<SandboxTrade>;
  /** Resolves once every notification of the trade was answered `success`. */
  delivered(outTradeNo: string, timeoutMs?: number): Promise<SandboxTrade>;
  /** A genuine notification for the caller to deliver (duplicates, concurrency): `alipay-escrow trigger` without the sending. */
  issueNotification(input: {
    outTradeNo: string;
    tradeStatus: string;
    totalFee: string;
    refundStatus?: string;
  }): Promise<IssuedNotification>;
}

export interface RecipeSandbox extends SandboxClient {
  url: string;
  gatewayUrl: string;
  /**
   * The environment every recipe reads (see each recipe's "配置与密钥" section): the lines the
   * sandbox prints under "As environment variables", unchanged.
   */
  env: Record<string, string>;
  stop(): Promise<void>;
  running: RunningSandbox;
}

async function api<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/sandbox/api${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as T & { error?: { code: string; message: string } };
  if (!response.ok) throw new Error(`sandbox ${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

/**
 * The `NAME=value` lines under "As environment variables:" in what `alipay-escrow sandbox` prints:
 * what a merchant pastes into the app's environment.
 */
export function printedEnv(output: string): Record<string, string> {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.trim() === 'As environment variables:');
  if (start < 0) throw new Error(`the sandbox printed no "As environment variables:" block:\n${output}`);
  const env: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^\s+([A-Z][A-Z0-9_]*)=(\S*)$/.exec(line);
    if (!m) break;
    env[m[1]!] = m[2]!;
  }
  return env;
}

/** Starts the sandbox for `MERCHANT`; the recipe under test gets the environment the sandbox prints for it. */
export async function startRecipeSandbox(): Promise<RecipeSandbox> {
  const seller = { id: MERCHANT.sellerId, email: MERCHANT.sellerEmail };
  const running = await startSandbox({ partner: MERCHANT.partner, key: MERCHANT.key, seller });
  // The same text `alipay-escrow sandbox` prints for these credentials (there, a key given with --key shows as [redacted]).
  const printed = configBlock({
    url: running.url,
    gatewayUrl: running.gatewayUrl,
    credentials: { partner: MERCHANT.partner, key: MERCHANT.key, seller },
    sources: { partner: 'given', key: 'given', seller: 'given' },
    timeScale: 1,
    chaos: null,
    db: undefined,
  });
  return {
    url: running.url,
    gatewayUrl: running.gatewayUrl,
    running,
    env: printedEnv(printed),
    ...sandboxClient(running.url, running.gatewayUrl),
    stop: () => running.stop(),
  };
}

/** The test API of a sandbox already running at `base` (e.g. one `alipay-escrow sandbox` started). */
export function sandboxClient(base: string, gatewayUrl: string): SandboxClient {
  const trade = (id: string) => api<SandboxTrade>(base, 'GET', `/trades/${encodeURIComponent(id)}`);
  return {
    async openCashier(payUrl) {
      if (!payUrl.startsWith(gatewayUrl))
        throw new Error(`payUrl ${payUrl} does not go to the sandbox gateway ${gatewayUrl}`);
      const response = await fetch(payUrl);
      const html = await response.text();
      const code = /<code id="error-code">([^<]*)<\/code>/.exec(html);
      if (code) throw new Error(`the sandbox refused the payment request: ${code[1]}`);
      if (!response.ok) throw new Error(`the sandbox cashier answered ${response.status}`);
    },
    pay: (id, body = {}) => api(base, 'POST', `/trades/${encodeURIComponent(id)}/pay`, body),
    confirm: (id) => api(base, 'POST', `/trades/${encodeURIComponent(id)}/confirm`, {}),
    refund: (id, action) => api(base, 'POST', `/trades/${encodeURIComponent(id)}/refund`, { action }),
    trade,
    delivered: (id, timeoutMs = 20_000) =>
      waitFor(
        async () => {
          const t = await trade(id);
          return t.notifications.length > 0 && t.notifications.every((n) => n.delivered) ? t : undefined;
        },
        `every notification of ${id} answered success`,
        timeoutMs,
      ),
    issueNotification: (input) => api<IssuedNotification>(base, 'POST', '/notify-ids', input),
  };
}

/** Polls `probe` until it returns a value; the error names what never happened. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for: ${what}${last ? ` (last error: ${String(last)})` : ''}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RecipeProcess {
  /** Everything the process wrote so far (stdout + stderr). */
  output(): string;
  /** Ends the whole process group (SIGTERM, then SIGKILL), also when its leader already exited. */
  stop(): Promise<void>;
  /** True while any process of the group is left (the recipe, or a child such as workerd). */
  alive(): boolean;
}

/**
 * Starts `command args` in its own process group (so wrangler's workerd or deno children go too)
 * and resolves once `readyUrl` answers any HTTP status.
 */
export async function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; readyUrl: string; timeoutMs?: number },
): Promise<RecipeProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const group = child.pid;
  const alive = (): boolean => {
    if (group === undefined) return false;
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  // The group, not only its leader: `wrangler dev` leaves workerd running when only wrangler dies.
  const stop = async (): Promise<void> => {
    if (group === undefined) return;
    for (const [signal, waitMs] of [
      ['SIGTERM', 5_000],
      ['SIGKILL', 5_000],
    ] as const) {
      if (!alive()) break;
      try {
        process.kill(-group, signal);
      } catch {}
      for (const until = Date.now() + waitMs; alive() && Date.now() < until; )
        await new Promise((r) => setTimeout(r, 50));
    }
    if (!exited) await exit;
  };
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`${command} exited before it served ${options.readyUrl}:\n${output}`);
        await fetch(options.readyUrl);
        return true;
      },
      `${command} ${args.join(' ')} to serve ${options.readyUrl}`,
      options.timeoutMs ?? 60_000,
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n--- output ---\n${output}`);
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { output: () => output, stop, alive };
}

/** The workspace's wrangler (the pinned 4.86.0), as `npx wrangler` runs it. */
export const WRANGLER = fileURLToPath(new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const WRANGLER_ENV = { WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

/** The variable names an env file (`.dev.vars.example`, `.env.example`) sets, in order. */
export function envFileNames(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

/**
 * Writes `file` in the format of a recipe's example env file (`.dev.vars.example`, `.env.example`):
 * the names the example lists, each with its value from `values`. Every name needs a value, so an
 * example that asks for a variable the test does not know about fails loudly.
 */
export function writeEnvFile(example: string, values: Record<string, string>, file: string): string {
  const names = envFileNames(example);
  const missing = names.filter((name) => values[name] === undefined);
  if (names.length === 0 || missing.length > 0)
    throw new Error(`${example}: no value for ${missing.join(', ') || 'any variable'}`);
  writeFileSync(file, names.map((name) => `${name}=${values[name]}\n`).join(''));
  return file;
}

export interface WranglerRecipe extends RecipeProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What `wrangler d1 migrations apply` printed. */
  migrations: string;
}

/**
 * A Workers recipe as its page runs it, with a local D1 database of its own (a temp --persist-to
 * folder, removed by stop): `wrangler d1 migrations apply <database> --local`, then
 * `wrangler dev --ip 127.0.0.1 --port <port> --test-scheduled` (GET /__scheduled fires the Cron Trigger) with the variables of `.dev.vars.example` filled
 * from `vars` (passed with --env-file, so a developer's own .dev.vars is never read or written).
 */
export async function startWranglerRecipe(options: {
  cwd: string;
  database: string;
  port: number;
  vars: Record<string, string>;
}): Promise<WranglerRecipe> {
  const state = mkdtempSync(join(tmpdir(), 'recipe-wrangler-'));
  const env = { ...process.env, ...WRANGLER_ENV };
  try {
    const persist = join(state, 'persist');
    const migrate = spawnSync(
      process.execPath,
      [WRANGLER, 'd1', 'migrations', 'apply', options.database, '--local', '--persist-to', persist],
      {
        cwd: options.cwd,
        env,
        encoding: 'utf8',
        timeout: 60_000,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const migrations = `${migrate.stdout}\n${migrate.stderr}`;
    if (migrate.status !== 0)
      throw new Error(`wrangler d1 migrations apply failed (${migrate.status}):\n${migrations}`);
    const devVars = writeEnvFile(join(options.cwd, '.dev.vars.example'), options.vars, join(state, '.dev.vars'));
    const url = `http://127.0.0.1:${options.port}`;
    const dev = await startProcess(
      process.execPath,
      [
        WRANGLER,
        'dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(options.port),
        '--local',
        '--persist-to',
        persist,
        '--env-file',
        devVars,
        '--show-interactive-dev-session=false',
        '--test-scheduled',
      ],
      { cwd: options.cwd, env: WRANGLER_ENV, readyUrl: `${url}/__ready` },
    );
    return {
      ...dev,
      url,
      migrations,
      async stop() {
        await dev.stop();
        rmSync(state, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(state, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The admin token the recipe tests start a shop with (SHOP_ADMIN_TOKEN): shipping needs it as
 * `Authorization: Bearer <token>`.
 */
export const ADMIN_TOKEN = 'recipe0test0admin0token0not0for0production0use';

/** A product of every recipe's product list, with the price and subject the shop charges for it. */
export const GIFT_BOX = { productId: 'gift-box', subject: '茶叶礼盒', price: '88.00' } as const;

/** The shop surface every recipe serves: POST /orders, GET /orders/:id, POST …/ship (admin only). */
export interface RecipeOrder {
  outTradeNo: string;
  status: string;
  tradeStatus: string | null;
  refundStatus: string | null;
  fulfilled: number;
}

/** What a shipment request carries in every recipe. */
export const SHIPMENT = { logisticsName: '顺丰速运', invoiceNo: 'SF1234567890' } as const;

/**
 * A client of that surface; each call fails with the status and body when the answer is not the
 * expected one. `ship` sends `adminToken` as the bearer token; `send` is any request, answered as is.
 */
export function recipeShop(base: string, adminToken = ADMIN_TOKEN) {
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; text: string }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, text: await response.text() };
  };
  const call = async <T>(
    method: string,
    path: string,
    expected: number,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> => {
    const { status, text } = await send(method, path, body, headers);
    if (status !== expected) throw new Error(`${method} ${path} answered ${status} (expected ${expected}): ${text}`);
    return JSON.parse(text) as T;
  };
  return {
    placeOrder: (input: Record<string, unknown> = { productId: 'sample', quantity: 1 }) =>
      call<{ outTradeNo: string; payUrl: string }>('POST', '/orders', 201, input),
    order: (id: string) => call<RecipeOrder>('GET', `/orders/${encodeURIComponent(id)}`, 200),
    ship: (id: string, input: Record<string, unknown> = SHIPMENT) =>
      call<RecipeOrder>('POST', `/orders/${encodeURIComponent(id)}/ship`, 200, input, {
        authorization: `Bearer ${adminToken}`,
      }),
    send,
    status: async (method: string, path: string) => (await fetch(`${base}${path}`, { method })).status,
  };
}

/** The workspace's TypeScript compiler (what `npx tsc` runs). */
export const TSC = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));

/**
 * Builds a Node recipe the way its page says (`npm run build`: `tsc -p tsconfig.json`, emitting
 * dist/); throws with the compiler's output when it does not compile.
 */
export function buildTypeScriptRecipe(dir: string): void {
  const result = spawnSync(process.execPath, [TSC, '-p', join(dir, 'tsconfig.json')], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0)
    throw new Error(`tsc -p ${dir}/tsconfig.json failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** The `export NAME=value` lines of a docs page (`recipes/koa.md`): the environment its reader sets. */
export function pageExports(page: string): Record<string, string> {
  const text = readFileSync(fileURLToPath(new URL(`../../docs/${page}`, import.meta.url)), 'utf8');
  return Object.fromEntries([...text.matchAll(/^export ([A-Z][A-Z0-9_]*)=(\S*)$/gm)].map((m) => [m[1]!, m[2]!]));
}

/**
 * The price is the shop's: an order that sends its own price or subject is refused (400
 * INVALID_ORDER), and the payment URL carries the product list's subject, price and quantity.
 */
export async function expectListPrice(shop: ReturnType<typeof recipeShop>): Promise<void> {
  for (const body of [
    { subject: GIFT_BOX.subject, price: '0.01', quantity: 1 },
    { productId: GIFT_BOX.productId, quantity: 1, price: '0.01' },
    { productId: GIFT_BOX.productId, quantity: 1, subject: '测试商品' },
  ]) {
    const refused = await shop.send('POST', '/orders', body);
    expect([refused.status, JSON.parse(refused.text).error.code]).toEqual([400, 'INVALID_ORDER']);
  }
  const { payUrl } = await shop.placeOrder({ productId: GIFT_BOX.productId, quantity: 2 });
  const query = new URL(payUrl).searchParams;
  expect([query.get('subject'), query.get('price'), query.get('quantity')]).toEqual([
    GIFT_BOX.subject,
    GIFT_BOX.price,
    '2',
  ]);
}
