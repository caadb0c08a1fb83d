/**
 * What `alipay-escrow sandbox` starts: a sandbox on 127.0.0.1 (port 7001 by default) with
 * credentials given on the command line, kept in its SQLite file by an earlier run, or generated
 * now — kept in the file too, so a restarted sandbox still knows its trades' partner and key.
 */
import type { ResolvedChaos } from '../chaos.js';
import type { ChaosOptions } from '../chaos.js';
import type { SandboxEventListener } from '../events.js';
import {
  generateKey,
  generatePartner,
  parseSeller,
  readStoredCredentials,
  type CredentialSource,
  type CredentialSources,
  type SandboxCredentials,
} from '../launch/credentials.js';
import { DEFAULT_SELLER_EMAIL } from '../accounts.js';
import type { SandboxStore } from '../store/types.js';
import { startSandbox, type RunningSandbox } from './server.js';
import { openSqliteStore } from './sqlite-file.js';

export type { CredentialSource };

/** The SQLite setting holding the credentials of the file's sandbox. */
const CREDENTIALS_SETTING = 'launch.credentials';

/** Options of {@link launchSandbox} (what `alipay-escrow sandbox` passes from its flags). */
export interface LaunchOptions {
  /** Default 7001. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The partner id (2088 + 12 digits). Default: the one kept in `db` by an earlier run, else a generated one. */
  partner?: string;
  /** The MD5 key. Default: the one kept in `db` for the same partner, else 32 generated characters. */
  key?: string;
  /** A 2088… user id or a login (CONFIG_INVALID otherwise). Default: the kept one, else id = partner, email seller@example.com. */
  seller?: string;
  /** Divides the retry intervals (60 runs the 25-hour schedule in 25 minutes). Default 1. */
  timeScale?: number;
  /** Deliberate misbehaviour of the notification sender. Default: none. */
  chaos?: ChaosOptions;
  /** Keep the sandbox in this SQLite file. */
  db?: string;
  /** Told about every trade change, delivery attempt and issued notify_id. */
  onEvent?: SandboxEventListener;
  /**
   * More hosts to answer besides the address listened on and `localhost` (see
   * `SandboxConfig.allowedHosts`): `name` or `name:port`. Default: none.
   */
  allowedHosts?: readonly string[];
}

/** What {@link launchSandbox} resolves to. */
export interface LaunchedSandbox {
  /** The server and the sandbox (see {@link startSandbox}). */
  running: RunningSandbox;
  /** The partner, MD5 key and seller the merchant must configure. */
  credentials: SandboxCredentials;
  /**
   * Where each credential came from: `given`, `stored` (the SQLite file of an earlier run) or `generated`.
   */
  sources: CredentialSources;
  /** The chaos in force (its seed filled in), or null. */
  chaos: ResolvedChaos | null;
  /** The divisor of the retry intervals in force. */
  timeScale: number;
  /** The SQLite file the sandbox is kept in; undefined in memory. */
  db: string | undefined;
  /** Stops deliveries and the server, then closes the SQLite file. */
  stop(): Promise<void>;
}

function pick<T>(given: T | undefined, stored: T | undefined, generate: () => T): [T, CredentialSource] {
  if (given !== undefined) return [given, 'given'];
  if (stored !== undefined) return [stored, 'stored'];
  return [generate(), 'generated'];
}

async function credentialsFor(
  options: LaunchOptions,
  store: SandboxStore | undefined,
): Promise<Pick<LaunchedSandbox, 'credentials' | 'sources'>> {
  const stored = readStoredCredentials(await store?.getSetting?.(CREDENTIALS_SETTING));
  const [partner, partnerSource] = pick(options.partner, stored?.partner, generatePartner);
  // A stored key or seller belongs to the stored partner only.
  const same = stored !== undefined && stored.partner === partner;
  const [key, keySource] = pick(options.key, same ? stored.key : undefined, generateKey);
  const [seller, sellerSource] = pick(
    options.seller === undefined ? undefined : parseSeller(options.seller, partner),
    same && stored.seller !== undefined ? stored.seller : undefined,
    () => ({ id: partner, email: DEFAULT_SELLER_EMAIL }),
  );
  const credentials = { partner, key, seller };
  await store?.putSetting?.(CREDENTIALS_SETTING, JSON.stringify(credentials));
  return { credentials, sources: { partner: partnerSource, key: keySource, seller: sellerSource } };
}

/**
 * Starts the sandbox the way `alipay-escrow sandbox` does: credentials taken from the options,
 * else from the SQLite file of an earlier run, else generated (and kept in the file). Throws what
 * {@link startSandbox} throws.
 */
export async function launchSandbox(options: LaunchOptions = {}): Promise<LaunchedSandbox> {
  const opened = options.db === undefined ? undefined : await openSqliteStore(options.db);
  try {
    const { credentials, sources } = await credentialsFor(options, opened?.store);
    const running = await startSandbox({
      port: options.port ?? 7001,
      host: options.host ?? '127.0.0.1',
      partner: credentials.partner,
      key: credentials.key,
      seller: credentials.seller,
      ...(options.timeScale === undefined ? {} : { timeScale: options.timeScale }),
      ...(options.chaos === undefined ? {} : { chaos: options.chaos }),
      ...(opened === undefined ? {} : { store: opened.store }),
      ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
      ...(options.allowedHosts === undefined ? {} : { allowedHosts: options.allowedHosts }),
    });
    const config = (await (await running.sandbox.fetch(new Request(`${running.url}/sandbox/api/config`))).json()) as {
      chaos: ResolvedChaos | null;
      timeScale: number;
    };
    let stopped: Promise<void> | undefined;
    return {
      running,
      credentials,
      sources,
      chaos: config.chaos,
      timeScale: config.timeScale,
      db: options.db,
      stop() {
        stopped ??= running.stop().finally(() => opened?.close());
        return stopped;
      },
    };
  } catch (e) {
    opened?.close();
    throw e;
  }
}
