/**
 * startShop: the shop (Hono on @hono/node-server, 127.0.0.1) and the local sandbox gateway in one
 * process. The shop listens first so the notify/return URLs carry its real port (port 0 works).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createEscrow,
  createSqlStore,
  sqliteDatabase,
  type EffectEvent,
  type Escrow,
  type SignatureKeys,
} from '@alipay-escrow/core';
import type { Charset } from '@alipay-escrow/core/charset';
import { parseChaos, type ResolvedChaos, type SandboxEvent } from '@alipay-escrow/sandbox';
import { launchSandbox, type LaunchedSandbox } from '@alipay-escrow/sandbox/node';
import { serve, type Http2Bindings, type HttpBindings, type ServerType } from '@hono/node-server';
import Database from 'better-sqlite3';
import { createShopApp } from './app.js';
import { sandboxDbFile, type ShopConfig } from './config.js';
import { randomAdminPassword } from './security/admin-auth.js';
import { shopTables } from './shop-db.js';

const HOST = '127.0.0.1';

/**
 * The sandbox credentials of the demo: the same test partner and MD5 key as the getting-started
 * guide and the recipes (docs/guide/getting-started.md), so a config copied from one works with
 * the other. Test values for the local sandbox only, never an Alipay account.
 */
export const SANDBOX_PARTNER = '2088101122136241';
export const SANDBOX_KEY = 'sandbox0key0only0for0local0tests';

/** An error start.ts prints with its hint below the message. */
export class StartError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** EADDRINUSE and the like, said with the variable that picks another port. */
function portError(e: unknown, port: number, variable: string, what: string): unknown {
  const code = e !== null && typeof e === 'object' && 'code' in e ? e.code : undefined;
  if (code !== 'EADDRINUSE' && code !== 'EACCES') return e;
  return new StartError(
    code === 'EADDRINUSE'
      ? `端口 ${port} 已被占用 / port ${port} is already in use (${what}, ${variable}).`
      : `没有权限监听端口 ${port} / no permission to listen on port ${port} (${what}, ${variable}).`,
    code,
    code === 'EADDRINUSE'
      ? `也许另一个演示还在运行：先在它的终端按 Ctrl-C；或者换一个端口，例如 ${variable}=${port + 1} npm run demo（${variable}=0 让系统挑一个空闲端口）。/ Another demo may still be running: stop it with Ctrl-C, or pick another port, e.g. ${variable}=${port + 1} npm run demo (${variable}=0 takes any free port).`
      : `用 1024 以上的端口，例如 ${variable}=${port < 1024 ? 3000 + port : port + 1}。/ Use a port above 1024.`,
  );
}

/** The Node request and response go along (`env`): the escrow adapter reads the remote address from them. */
type Fetch = (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>;

function listen(fetch: Fetch, port: number): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: HOST }, (info) => resolve({ server, port: info.port }));
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

export interface StartShopOptions extends ShopConfig {
  /** Where the shop's own lines go (hooks that ran, problems while stopping); nowhere by default. */
  log?: (line: string) => void;
  /** Every sandbox event (trade changes, deliveries), as the terminal shows them. */
  onSandboxEvent?: (event: SandboxEvent) => void;
}

export interface RunningShop {
  url: string;
  sandboxUrl: string;
  gatewayUrl: string;
  credentials: LaunchedSandbox['credentials'];
  charset: Charset;
  timeScale: number;
  chaos: ResolvedChaos | null;
  dbFile: string;
  sandboxDbFile: string;
  buyerLogin: string;
  adminPassword: string;
  /** True when the password is SHOP_ADMIN_PASSWORD's (start.ts then does not print it). */
  adminPasswordFromEnv: boolean;
  escrow: Escrow;
  sandbox: LaunchedSandbox;
  /** Stops the shop and the sandbox and closes the database; never throws. */
  stop(): Promise<void>;
}

/** Throws StartError for a port it cannot listen on; anything it started is stopped again. */
export async function startShop(config: StartShopOptions): Promise<RunningShop> {
  const log = config.log ?? (() => {});
  mkdirSync(dirname(config.dbFile), { recursive: true });
  const db = new Database(config.dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const cleanups: (() => unknown)[] = [() => db.close()];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (e) {
        log(`[shop] while stopping: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    cleanups.length = 0;
  };

  try {
    const store = createSqlStore(sqliteDatabase(db));
    await store.migrate();
    const shopDb = shopTables(db);

    let handler: Fetch = () => new Response('商店正在启动，请稍候。', { status: 503, headers: { 'retry-after': '1' } });
    const { server, port } = await listen((request, env) => handler(request, env), config.shopPort).catch(
      (e: unknown) => {
        throw portError(e, config.shopPort, 'SHOP_PORT', '商店 the shop');
      },
    );
    cleanups.push(() => closeServer(server));
    const shopUrl = `http://${HOST}:${port}`;

    const sandbox = await launchSandbox({
      port: config.sandboxPort,
      host: HOST,
      db: sandboxDbFile(config.dbFile),
      partner: SANDBOX_PARTNER,
      key: SANDBOX_KEY,
      ...(config.timeScale === undefined ? {} : { timeScale: config.timeScale }),
      ...(config.chaos === undefined ? {} : { chaos: parseChaos(config.chaos) }),
      ...(config.onSandboxEvent ? { onEvent: config.onSandboxEvent } : {}),
    }).catch((e: unknown) => {
      throw portError(e, config.sandboxPort, 'SANDBOX_PORT', '沙箱 the sandbox');
    });
    cleanups.push(() => sandbox.stop());
    const { partner, key, seller } = sandbox.credentials;

    const keys: SignatureKeys = { signType: 'MD5', key };
    const effectHook = (event: EffectEvent): void => {
      if (event.kind !== 'transition')
        log(
          `[shop] ${event.kind} ${event.order.outTradeNo}${event.detail ? ` ${event.detail}` : ''} (attempt ${event.attempt})`,
        );
      shopDb.countRun(event);
    };
    const escrow = createEscrow({
      merchant: {
        partner,
        keys,
        charset: config.charset,
        seller: { id: seller.id },
        notifyUrl: `${shopUrl}/alipay/notify`,
        returnUrl: `${shopUrl}/alipay/return`,
        gatewayUrl: sandbox.running.gatewayUrl,
      },
      store,
      hooks: {
        onPaid: effectHook,
        onShipped: effectHook,
        onFinished: effectHook,
        onClosed: effectHook,
        onRefund: effectHook,
        onTransition: effectHook,
      },
      returnPage: {
        redirectTo: (outcome) =>
          outcome.outTradeNo && shopDb.getOrder(outcome.outTradeNo)
            ? `${shopUrl}/orders/${encodeURIComponent(outcome.outTradeNo)}?returned=${outcome.status}`
            : `${shopUrl}/orders?returned=${outcome.status}`,
      },
    });
    const buyerLogin = 'buyer@example.com';
    const adminPassword = config.adminPassword ?? randomAdminPassword();
    const diagnosis = { store, keys, charset: config.charset };
    const logView = { getLog: (id: string) => store.getLog(id), charset: config.charset };
    const app = createShopApp({
      escrow,
      shopDb,
      sandboxUrl: sandbox.running.url,
      buyerLogin,
      adminPassword,
      diagnosis,
      logView,
    });
    handler = (request, env) => app.fetch(request, env);

    return {
      url: shopUrl,
      sandboxUrl: sandbox.running.url,
      gatewayUrl: sandbox.running.gatewayUrl,
      credentials: { partner, key, seller },
      charset: config.charset,
      timeScale: sandbox.timeScale,
      chaos: sandbox.chaos,
      dbFile: config.dbFile,
      sandboxDbFile: sandboxDbFile(config.dbFile),
      buyerLogin,
      adminPassword,
      adminPasswordFromEnv: config.adminPassword !== undefined,
      escrow,
      sandbox,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
