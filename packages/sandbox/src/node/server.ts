/** The sandbox behind a Node HTTP server, optionally kept in an SQLite file. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AlipayEscrowError } from '@alipay-escrow/core';
import { hostRules } from '../allowed-hosts.js';
import { createSandbox, type Sandbox } from '../app.js';
import type { SandboxConfig } from '../config.js';
import type { SandboxStore } from '../store/types.js';
import { hostsForAddress } from './listen-hosts.js';
import { openSqliteStore } from './sqlite-file.js';

/**
 * Options of {@link startSandbox}: the sandbox's configuration plus where to listen and what to
 * keep it in. `allowedHosts` is added to the hosts the server fills in itself: the address it
 * listens on and `localhost`, with the actual port (for `0.0.0.0` / `::` also every interface
 * address and the machine's host name).
 */
export interface StartSandboxOptions extends SandboxConfig {
  /** Default 0: any free port (read it from `url`). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /**
   * Keep the sandbox in this SQLite file (created if missing), so it survives restarts.
   */
  storage?: SandboxStorage;
}

/** Where {@link startSandbox} keeps the sandbox ({@link StartSandboxOptions.storage}); default: memory. */
export interface SandboxStorage {
  /** Path of the SQLite file; needs the `better-sqlite3` package (CONFIG_INVALID without it). Not together with `store`. */
  sqliteFile?: string;
}

/** What {@link startSandbox} resolves to: the listening server's URLs, the sandbox, and `stop`. */
export interface RunningSandbox {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `${url}/gateway.do`: the merchant's gatewayUrl. */
  gatewayUrl: string;
  /** The sandbox itself: its clock (`sandbox.clock.advance(seconds)`) and `fetch`. */
  sandbox: Sandbox;
  /** Stops deliveries, then the server; closes the SQLite file if this call opened it. */
  stop(): Promise<void>;
}

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit = { method, headers };
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Uint8Array[] = [];
    for await (const chunk of req) chunks.push(chunk as Uint8Array);
    init.body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(new URL(req.url ?? '/', base), init);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.end(new Uint8Array(await response.arrayBuffer()));
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts the sandbox behind a Node HTTP server on `host:port` (default 127.0.0.1, any free port).
 * Throws what {@link createSandbox} throws for a bad configuration, and CONFIG_INVALID when both
 * `store` and `storage.sqliteFile` are given, the SQLite file cannot be opened, or the port cannot
 * be listened on (EADDRINUSE, EACCES, EADDRNOTAVAIL).
 *
 * @example
 * ```ts
 * import { startSandbox } from '@alipay-escrow/sandbox/node';
 *
 * const running = await startSandbox({ partner: '2088101122136241', key: 'sandbox0key0only0for0local0tests' });
 * // Point the merchant configuration's gatewayUrl at running.gatewayUrl, then:
 * await running.stop();
 * ```
 */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const { port = 0, host = '127.0.0.1', storage, ...config } = options;
  if (storage?.sqliteFile !== undefined && config.store !== undefined) {
    throw new AlipayEscrowError('CONFIG_INVALID', 'Give either store or storage.sqliteFile, not both.', {
      hint: 'storage.sqliteFile opens an SQLite store for you.',
      field: 'storage',
      status: 500,
    });
  }
  // Yours are checked before anything is listened on, so an error names your entry.
  if (config.allowedHosts !== undefined) hostRules(config.allowedHosts);
  // The server listens first: the hosts the sandbox answers carry the actual port (port 0 works).
  // A request that arrives before the sandbox is ready waits for it.
  let ready!: (sandbox: Sandbox) => void;
  let failed!: (error: unknown) => void;
  const created = new Promise<Sandbox>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  created.catch(() => {});
  let base = '';
  const server = createServer((req, res) => {
    created
      .then(async (sandbox) => sandbox.fetch(await toRequest(req, base)))
      .then((response) => send(res, response))
      .catch((e: unknown) => {
        res.statusCode = 500;
        res.end(`sandbox error: ${e instanceof Error ? e.message : String(e)}`);
      });
  });
  const closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  let address: AddressInfo;
  try {
    address = await listen(server, port, host);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new AlipayEscrowError('CONFIG_INVALID', `Cannot listen on ${host}:${port} (${code}).`, {
        hint:
          code === 'EADDRINUSE'
            ? 'Another process uses that port: stop it, or choose another port (0 takes any free one).'
            : 'Choose another host or port.',
        field: code === 'EADDRNOTAVAIL' ? 'host' : 'port',
        status: 500,
        cause: e,
      });
    }
    throw e;
  }
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  base = `http://${shownHost}:${address.port}`;
  let opened: { store: SandboxStore; close(): void } | undefined;
  let sandbox: Sandbox;
  try {
    if (storage?.sqliteFile !== undefined) opened = await openSqliteStore(storage.sqliteFile);
    const allowedHosts = [...hostsForAddress(host, address), ...(config.allowedHosts ?? [])];
    sandbox = await createSandbox({ ...config, ...(opened ? { store: opened.store } : {}), allowedHosts });
  } catch (e) {
    failed(e);
    await closeServer();
    opened?.close();
    throw e;
  }
  ready(sandbox);
  let stopped: Promise<void> | undefined;
  return {
    url: base,
    gatewayUrl: `${base}/gateway.do`,
    sandbox,
    stop() {
      stopped ??= (async () => {
        await sandbox.close();
        await closeServer();
        opened?.close();
      })();
      return stopped;
    },
  };
}
