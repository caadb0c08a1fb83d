/**
 * What `alipay-escrow sandbox` starts: a sandbox on 127.0.0.1 (port 7001 by default) with
 * credentials given on the command line, kept in its SQLite file by an earlier run, or generated
 * now — kept in the file too, so a restarted sandbox still knows its trades' partner and key.
 */
import type { ResolvedChaos } from '../chaos.js';
import type { ChaosOptions } from '../chaos.js';
import type { SandboxEventListener } from '../events.js';
import { generateKey, generatePartner, parseSeller, readStoredCredentials, type CredentialSource, type SandboxCredentials } from '../launch/credentials.js';
import { DEFAULT_SELLER_EMAIL } from '../accounts.js';
import type { SandboxStore } from '../store/types.js';
import { startSandbox, type RunningSandbox } from './server.js';
import { openSqliteStore } from './sqlite-file.js';

export type { CredentialSource };

/** The SQLite setting holding the credentials of the file's sandbox. */
const CREDENTIALS_SETTING = 'launch.credentials';

export interface LaunchOptions {
  /** Default 7001. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  partner?: string;
  key?: string;
  /** A 2088… user id or a login. */
  seller?: string;
  timeScale?: number;
  chaos?: ChaosOptions;
  /** Keep the sandbox in this SQLite file. */
  db?: string;
  onEvent?: SandboxEventListener;
}

export interface LaunchedSandbox {
  running: RunningSandbox;
  credentials: SandboxCredentials;
  sources: { partner: CredentialSource; key: CredentialSource; seller: CredentialSource };
  /** The chaos in force (its seed filled in), or null. */
  chaos: ResolvedChaos | null;
  timeScale: number;
  db: string | undefined;
  /** Stops deliveries and the server, then closes the SQLite file. */
  stop(): Promise<void>;
}

function pick<T>(given: T | undefined, stored: T | undefined, generate: () => T): [T, CredentialSource] {
  if (given !== undefined) return [given, 'given'];
  if (stored !== undefined) return [stored, 'stored'];
  return [generate(), 'generated'];
}

async function credentialsFor(options: LaunchOptions, store: SandboxStore | undefined): Promise<Pick<LaunchedSandbox, 'credentials' | 'sources'>> {
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
    });
    const config = (await (await running.sandbox.fetch(new Request(`${running.url}/sandbox/api/config`))).json()) as { chaos: ResolvedChaos | null; timeScale: number };
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
