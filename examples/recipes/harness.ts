/**
 * What the recipe tests share: a real sandbox on 127.0.0.1, the recipe started the way its page
 * says (a child process: node, wrangler dev, deno), and the buyer's side of a payment driven
 * through the sandbox's test API. Nothing here stands in for the code a recipe shows.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { startSandbox, type RunningSandbox } from '@alipay-escrow/sandbox/node';

/** The merchant a recipe is configured with; the sandbox knows exactly this one. */
export const MERCHANT = {
  partner: '2088101122136241',
  key: 'recipe0test0key0recipe0test0key0',
  sellerEmail: 'seller@example.com',
} as const;

export interface SandboxTrade {
  outTradeNo: string;
  tradeNo: string;
  tradeStatus: string;
  refundStatus: string | null;
  totalFee: string;
  notifications: { notifyId: string; tradeStatus: string; refundStatus: string | null; delivered: boolean; attempts: { at: string; httpStatus: number; reply: string }[] }[];
}

export interface RecipeSandbox {
  url: string;
  gatewayUrl: string;
  /** The environment every recipe reads (see each recipe's "配置与密钥" section). */
  env: Record<string, string>;
  /** Opens the signed payment URL the way a browser would; fails on the gateway's error page. */
  openCashier(payUrl: string): Promise<void>;
  pay(outTradeNo: string, body?: { buyerEmail?: string; logistics?: 0 | 1 | 2 }): Promise<SandboxTrade>;
  confirm(outTradeNo: string): Promise<SandboxTrade>;
  refund(outTradeNo: string, action: 'apply' | 'agree' | 'refuse' | 'return_goods' | 'confirm_returned' | 'cancel'): Promise<SandboxTrade>;
  trade(outTradeNo: string): Promise<SandboxTrade>;
  /** Resolves once every notification of the trade was answered `success`. */
  delivered(outTradeNo: string, timeoutMs?: number): Promise<SandboxTrade>;
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

/** Starts the sandbox for `MERCHANT`; the recipe under test reaches it at `env.ALIPAY_GATEWAY`. */
export async function startRecipeSandbox(): Promise<RecipeSandbox> {
  const running = await startSandbox({ partner: MERCHANT.partner, key: MERCHANT.key, seller: { email: MERCHANT.sellerEmail } });
  const base = running.url;
  const trade = (id: string) => api<SandboxTrade>(base, 'GET', `/trades/${encodeURIComponent(id)}`);
  return {
    url: base,
    gatewayUrl: running.gatewayUrl,
    running,
    env: {
      ALIPAY_PARTNER: MERCHANT.partner,
      ALIPAY_KEY: MERCHANT.key,
      ALIPAY_SELLER_EMAIL: MERCHANT.sellerEmail,
      ALIPAY_GATEWAY: running.gatewayUrl,
    },
    async openCashier(payUrl) {
      if (!payUrl.startsWith(running.gatewayUrl)) throw new Error(`payUrl ${payUrl} does not go to the sandbox gateway ${running.gatewayUrl}`);
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
      waitFor(async () => {
        const t = await trade(id);
        return t.notifications.length > 0 && t.notifications.every((n) => n.delivered) ? t : undefined;
      }, `every notification of ${id} answered success`, timeoutMs),
    stop: () => running.stop(),
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
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}${last ? ` (last error: ${String(last)})` : ''}`);
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
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RecipeProcess {
  /** Everything the process wrote so far (stdout + stderr). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `command args` in its own process group (so wrangler's workerd or deno children go too)
 * and resolves once `readyUrl` answers any HTTP status.
 */
export async function startProcess(command: string, args: string[], options: { cwd: string; env: Record<string, string>; readyUrl: string; timeoutMs?: number }): Promise<RecipeProcess> {
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
  const stop = async (): Promise<void> => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killed = await Promise.race([exit.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!killed) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      await exit;
    }
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
  return { output: () => output, stop };
}
