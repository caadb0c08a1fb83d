/**
 * startShop: the shop (Hono on @hono/node-server, 127.0.0.1) and the local sandbox gateway in one
 * process. The shop listens first so the notify/return URLs carry its real port (port 0 works).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createEscrow, createSqlStore, sqliteDatabase } from '@alipay-escrow/core';
import { parseChaos } from '@alipay-escrow/sandbox';
import { launchSandbox } from '@alipay-escrow/sandbox/node';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { createShopApp } from './app.js';
import { randomAdminPassword } from './security/admin-auth.js';
import { sandboxDbFile } from './config.js';
import { shopTables } from './shop-db.js';

const HOST = '127.0.0.1';

function listen(fetch, port) {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: HOST }, (info) => resolve({ server, port: info.port }));
    server.once('error', reject);
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

/**
 * @param {ReturnType<typeof import('./config.js').readConfig> & { log?: (line: string) => void }} config
 */
export async function startShop(config) {
  const log = config.log ?? (() => {});
  mkdirSync(dirname(config.dbFile), { recursive: true });
  const db = new Database(config.dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const cleanups = [() => db.close()];
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

    let handler = () => new Response('商店正在启动，请稍候。', { status: 503, headers: { 'retry-after': '1' } });
    const { server, port } = await listen((request, env) => handler(request, env), config.shopPort);
    cleanups.push(() => closeServer(server));
    const shopUrl = `http://${HOST}:${port}`;

    const sandbox = await launchSandbox({
      port: config.sandboxPort,
      host: HOST,
      db: sandboxDbFile(config.dbFile),
      ...(config.timeScale === undefined ? {} : { timeScale: config.timeScale }),
      ...(config.chaos === undefined ? {} : { chaos: parseChaos(config.chaos) }),
      ...(config.onSandboxEvent ? { onEvent: config.onSandboxEvent } : {}),
    });
    cleanups.push(() => sandbox.stop());
    const { partner, key, seller } = sandbox.credentials;

    const effectHook = (event) => {
      if (event.kind !== 'transition') log(`[shop] ${event.kind} ${event.order.outTradeNo}${event.detail ? ` ${event.detail}` : ''} (attempt ${event.attempt})`);
      shopDb.countRun(event);
    };
    const escrow = createEscrow({
      merchant: {
        partner,
        keys: { signType: 'MD5', key },
        charset: config.charset,
        seller: { id: seller.id },
        notifyUrl: `${shopUrl}/alipay/notify`,
        returnUrl: `${shopUrl}/alipay/return`,
        gatewayUrl: sandbox.running.gatewayUrl,
      },
      store,
      hooks: { onPaid: effectHook, onShipped: effectHook, onFinished: effectHook, onClosed: effectHook, onRefund: effectHook, onTransition: effectHook },
      returnPage: {
        redirectTo: (outcome) =>
          outcome.outTradeNo && shopDb.getOrder(outcome.outTradeNo)
            ? `${shopUrl}/orders/${encodeURIComponent(outcome.outTradeNo)}?returned=${outcome.status}`
            : `${shopUrl}/orders?returned=${outcome.status}`,
      },
    });
    const buyerLogin = 'buyer@example.com';
    const adminPassword = config.adminPassword ?? randomAdminPassword();
    const diagnosis = { store, keys: { signType: 'MD5', key }, charset: config.charset };
    const app = createShopApp({ escrow, shopDb, sandboxUrl: sandbox.running.url, buyerLogin, adminPassword, diagnosis });
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
