import { AlipayEscrowError, type SignatureKeys } from '@alipay-escrow/core';
import type { RsaKeyInput, SignType } from '@alipay-escrow/core/protocol';
import { DEFAULT_BUYER, DEFAULT_SELLER_EMAIL, namesAccount } from './accounts.js';
import { resolveChaos, type ChaosOptions, type ResolvedChaos } from './chaos.js';
import { createClock, type SandboxClock } from './clock.js';
import type { SandboxEventListener } from './events.js';
import { memoryStore } from './store/memory-store.js';
import type { SandboxAccount, SandboxStore } from './store/types.js';
import { resolveTimeouts, type ResolvedTimeouts, type SandboxTimeouts } from './timeouts.js';

const USER_ID = /^2088[0-9]{12}$/;

/** RSA keys of the sandbox. */
export interface SandboxRsaKeys {
  /** The sandbox's "Alipay" private key: signs notifications, returns and XML replies. */
  alipayPrivateKey: RsaKeyInput;
  /** The merchant's public key: verifies requests signed with sign_type=RSA. */
  merchantPublicKey: RsaKeyInput;
}

/** The sandbox's receiving account ({@link SandboxConfig.seller}); every field is optional. */
export interface SandboxSeller {
  /** `seller_id`: 2088 + 12 digits. Default: the partner id. */
  id?: string;
  /** `seller_email`: the seller's login. Default `seller@example.com`. */
  email?: string;
  /** `seller_account_name`: an alias the seller may also be named by. */
  accountName?: string;
}

/** The account features of {@link SandboxConfig.features}: what Alipay enables per merchant on request. */
export interface SandboxFeatures {
  /**
   * Accept the timeout parameters (`it_b_pay`, `t_s_send_1`, `t_s_send_2`, `t_b_rec_post`).
   * Default false: a request with one is refused with SELF_TIMEOUT_NOT_SUPPORT.
   */
  customTimeouts?: boolean;
}

/**
 * Options of {@link createSandbox}. Checked at once: a bad partner throws ILLEGAL_PARTNER, a bad
 * MD5 key KEY_INVALID, anything else wrong (no key at all, a bad account, timeScale, chaos, ...)
 * CONFIG_INVALID; an unusable RSA key RSA_KEY_INVALID.
 */
export interface SandboxConfig {
  /** The merchant's partner id (2088 + 12 digits): the only partner this gateway knows. */
  partner: string;
  /** The MD5 key (安全校验码). Give this, `rsa`, or both. */
  key?: string;
  /** RSA keys, for requests signed with sign_type=RSA. Give this, `key`, or both. */
  rsa?: SandboxRsaKeys;
  /**
   * The receiving account. Default: id = partner (docs/internals/payment-request.md#seller, CR p4), email seller@example.com. A create
   * request naming another seller is refused with SELLER_NOT_EXIST.
   */
  seller?: SandboxSeller;
  /** Buyer accounts; the first pays when nobody says who. Default: buyer@example.com. */
  buyers?: SandboxAccount[];
  /** Divides the retry intervals (60: the 25-hour schedule takes 25 minutes). Default 1. */
  timeScale?: number;
  /** Deliberate misbehaviour of the notification sender (duplicates, losses, reordering, delays). Default: none. */
  chaos?: ChaosOptions;
  /** Default: a real-time clock. */
  clock?: SandboxClock;
  /** Default: memory. */
  store?: SandboxStore;
  /** Sends notifications. Default: the global fetch. */
  fetch?: typeof fetch;
  /** Account features Alipay enables per merchant. Default: none. */
  features?: SandboxFeatures;
  /**
   * The gateway's automatic timeouts when a request does not set its own: unpaid trades close
   * after `unpaid` (default `7d`), shipped trades finish after `confirmDays` (10) or, for POST,
   * `confirmPostDays` (30) without the buyer's confirmation. They run on the sandbox's clock.
   */
  timeouts?: SandboxTimeouts;
  /** Per delivery of a notification. Default 15000. */
  deliveryTimeoutMs?: number;
  /** Told about every trade change, delivery attempt and issued notify_id (the CLI's live log). */
  onEvent?: SandboxEventListener;
  /**
   * The hosts the sandbox answers, as a browser sends them in `Host`: `name` (any port) or
   * `name:port`, IPv6 in brackets (`[::1]:7001`). Any other Host gets 421 and nothing is done,
   * so a web page cannot reach the sandbox through DNS rebinding. Default: `localhost`,
   * `127.0.0.1` and `[::1]` on any port. `startSandbox` adds the address it listens on and
   * `localhost:<port>` itself: give names here only to serve the sandbox under another name.
   * CONFIG_INVALID for an entry with a scheme, a path or a bad port.
   */
  allowedHosts?: readonly string[];
}

export interface ResolvedConfig {
  partner: string;
  md5Key: string | undefined;
  rsa: SandboxRsaKeys | undefined;
  seller: SandboxAccount;
  buyers: SandboxAccount[];
  timeScale: number;
  chaos: ResolvedChaos | undefined;
  clock: SandboxClock;
  store: SandboxStore;
  fetch: typeof fetch;
  customTimeouts: boolean;
  timeouts: ResolvedTimeouts;
  deliveryTimeoutMs: number;
  onEvent: SandboxEventListener | undefined;
}

function configError(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field, status: 500 });
}

function checkAccount(account: unknown, where: string): SandboxAccount {
  const a = account as Partial<SandboxAccount> | null;
  if (
    typeof a !== 'object' ||
    a === null ||
    typeof a.id !== 'string' ||
    !USER_ID.test(a.id) ||
    typeof a.email !== 'string' ||
    a.email === ''
  ) {
    throw configError(
      where,
      `${where} must be { id: "2088" + 12 digits, email: a login }.`,
      'For example { id: "2088102122524333", email: "buyer@example.com" }.',
    );
  }
  return {
    id: a.id,
    email: a.email,
    ...(typeof a.accountName === 'string' && a.accountName !== '' ? { accountName: a.accountName } : {}),
  };
}

function checkKey(key: unknown): string | undefined {
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key === '' || /\s/.test(key)) {
    throw new AlipayEscrowError('KEY_INVALID', 'The sandbox MD5 key (`key`) is empty or contains whitespace.', {
      hint: 'Give the same 32-character key the merchant signs with.',
      field: 'key',
      status: 500,
    });
  }
  return key;
}

/** Checks the configuration (CONFIG_INVALID, ILLEGAL_PARTNER, KEY_INVALID) and fills in defaults. */
export function resolveConfig(config: SandboxConfig): ResolvedConfig {
  if (typeof config !== 'object' || config === null) {
    throw configError('config', 'The sandbox needs a configuration object.', 'Pass { partner, key } at least.');
  }
  if (typeof config.partner !== 'string' || !USER_ID.test(config.partner)) {
    throw new AlipayEscrowError(
      'ILLEGAL_PARTNER',
      `partner ${JSON.stringify(config.partner)} is not 2088 followed by 12 digits.`,
      {
        hint: 'Use the same partner id the merchant configuration uses.',
        field: 'partner',
        status: 500,
      },
    );
  }
  const md5Key = checkKey(config.key);
  if (config.rsa !== undefined && (!config.rsa.alipayPrivateKey || !config.rsa.merchantPublicKey)) {
    throw configError(
      'rsa',
      'rsa needs both alipayPrivateKey and merchantPublicKey.',
      "The sandbox signs with its own private key and verifies the merchant's requests with the merchant's public key.",
    );
  }
  if (md5Key === undefined && config.rsa === undefined) {
    throw configError(
      'key',
      'The sandbox has no key: give `key` (MD5), `rsa`, or both.',
      'Use the MD5 key the merchant configuration signs with.',
    );
  }
  const seller = checkAccount(
    {
      id: config.seller?.id ?? config.partner,
      email: config.seller?.email ?? DEFAULT_SELLER_EMAIL,
      ...(config.seller?.accountName === undefined ? {} : { accountName: config.seller.accountName }),
    },
    'seller',
  );
  const buyers = (config.buyers ?? [DEFAULT_BUYER]).map((b, i) => checkAccount(b, `buyers[${i}]`));
  if (buyers.length === 0)
    throw configError(
      'buyers',
      'buyers is empty.',
      'Give at least one buyer, or leave buyers out for buyer@example.com.',
    );
  buyers.forEach((b, i) => {
    if (namesAccount(b, seller))
      throw configError(
        `buyers[${i}]`,
        `buyers[${i}] is the seller account.`,
        'A seller cannot buy from itself (BUYER_SELLER_EQUAL): use another account.',
      );
  });
  const timeScale = config.timeScale ?? 1;
  if (typeof timeScale !== 'number' || !Number.isFinite(timeScale) || timeScale <= 0) {
    throw configError(
      'timeScale',
      `timeScale ${JSON.stringify(timeScale)} must be a positive number.`,
      'Use 1 for real intervals, 60 to run the 25-hour retry schedule in 25 minutes.',
    );
  }
  const deliveryTimeoutMs = config.deliveryTimeoutMs ?? 15_000;
  if (typeof deliveryTimeoutMs !== 'number' || !(deliveryTimeoutMs > 0) || deliveryTimeoutMs > 2_147_483_647) {
    throw configError(
      'deliveryTimeoutMs',
      `deliveryTimeoutMs ${JSON.stringify(deliveryTimeoutMs)} must be a positive number of milliseconds.`,
      'Leave it out for 15000.',
    );
  }
  if (config.onEvent !== undefined && typeof config.onEvent !== 'function') {
    throw configError('onEvent', 'onEvent must be a function.', 'Pass (event) => { … }, or leave it out.');
  }
  const fetchFn = config.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetchFn !== 'function')
    throw configError(
      'fetch',
      'No fetch function to deliver notifications with.',
      'Pass `fetch` in the configuration.',
    );
  return {
    partner: config.partner,
    md5Key,
    rsa: config.rsa,
    seller,
    buyers,
    timeScale,
    chaos: resolveChaos(config.chaos),
    clock: config.clock ?? createClock(),
    store: config.store ?? memoryStore(),
    fetch: fetchFn,
    customTimeouts: config.features?.customTimeouts === true,
    timeouts: resolveTimeouts(config.timeouts),
    deliveryTimeoutMs,
    onEvent: config.onEvent,
  };
}

/** Keys that sign what the sandbox sends (notifications, returns, replies) with `signType`. */
export function signingKeys(config: ResolvedConfig, signType: SignType): SignatureKeys | undefined {
  if (signType === 'MD5') return config.md5Key === undefined ? undefined : { signType: 'MD5', key: config.md5Key };
  return config.rsa === undefined ? undefined : { signType: 'RSA', privateKey: config.rsa.alipayPrivateKey };
}

/** Keys that verify what the merchant sends with `signType`. */
export function verifyingKeys(config: ResolvedConfig, signType: SignType): SignatureKeys | undefined {
  if (signType === 'MD5') return config.md5Key === undefined ? undefined : { signType: 'MD5', key: config.md5Key };
  return config.rsa === undefined ? undefined : { signType: 'RSA', alipayPublicKey: config.rsa.merchantPublicKey };
}

/** The sign types the sandbox has keys for. */
export function signTypes(config: ResolvedConfig): SignType[] {
  return [
    ...(config.md5Key === undefined ? [] : (['MD5'] as const)),
    ...(config.rsa === undefined ? [] : (['RSA'] as const)),
  ];
}
