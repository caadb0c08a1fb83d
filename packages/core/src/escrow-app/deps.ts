import { AlipayEscrowError } from '../errors/error.js';
import { secretsOf } from './log/safe-message.js';
import type { GatewayClient } from '../gateway/types.js';
import { DEFAULT_MAX_BODY_BYTES } from '../protocol/body-input.js';
import type { MerchantConfig } from '../protocol/order-types.js';
import type { SignatureKeys } from '../protocol/sign-types.js';
import { checkMerchant, type CheckedMerchant } from '../protocol/validate-merchant.js';
import type { EscrowStore } from '../store/types.js';
import { compileAllowList, type IpAllowList } from './endpoints/ip-allow-list.js';
import { DEFAULT_BODY_READ_TIMEOUT_MS } from './endpoints/read-body.js';
import { checkLogger, createWarner, type Warner } from './logger.js';
import { guardTestSettings } from './test-settings-guard.js';
import type { EscrowHooks, EscrowOptions, ReturnOutcome } from './types.js';

/**
 * The escrow's own dependencies — merchant configuration, store, gateway, hooks, clock, logger —
 * checked once by createEscrow (or createReceiver) and passed as `deps` to every step. Not to be
 * confused with `RequestInfo` (request-info.ts), what the adapter knows about one request.
 */
export interface EscrowDeps {
  merchant: MerchantConfig;
  config: CheckedMerchant;
  /** The keys that verify what Alipay sends. */
  verifyKeys: SignatureKeys;
  store: EscrowStore;
  gateway: GatewayClient;
  hooks: EscrowHooks;
  ipAllowList: IpAllowList | null;
  redirectTo: ((outcome: ReturnOutcome) => string) | null;
  maxBodyBytes: number;
  /** The deadline for reading a notify body, in milliseconds. */
  bodyReadTimeoutMs: number;
  effectLeaseMs: number;
  /** Effects are recorded pending and never run here (option `deferEffects`). */
  deferEffects: boolean;
  now: () => Date;
  /** Strings that must never reach a log or a message (the MD5 key). */
  secrets: string[];
  /** Where anomalies, refusals and test settings are reported (option `logger`; console by default). */
  logger: Warner;
}

const STORE_METHODS = [
  'createOrder',
  'getOrder',
  'listOrders',
  'receive',
  'commit',
  'listEffects',
  'claimEffects',
  'settle',
  'appendLog',
  'getLog',
  'listLog',
  'pruneLog',
  'markAttention',
  'clearAttention',
] as const;
const HOOK_NAMES = [
  'onPaid',
  'onShipped',
  'onFinished',
  'onClosed',
  'onRefund',
  'onTransition',
  'onAnomaly',
  'onStuck',
] as const;

function configError(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field, status: 500 });
}

function positiveInteger(value: unknown, field: string, fallback: number, hint: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw configError(field, `${field} must be a positive whole number (got ${String(value)}).`, hint);
  }
  return value;
}

function checkStore(store: unknown): EscrowStore {
  if (store === null || typeof store !== 'object') {
    throw configError(
      'store',
      'createEscrow needs a store.',
      'Pass createMemoryStore() for tests or one SQL store (SQLite, Postgres) shared by every instance.',
    );
  }
  const missing = STORE_METHODS.filter((m) => typeof (store as Record<string, unknown>)[m] !== 'function');
  if (missing.length > 0) {
    throw configError(
      'store',
      `The store lacks ${missing.join(', ')}.`,
      'Pass a store that implements EscrowStore (createMemoryStore(), the SQL store).',
    );
  }
  return store as EscrowStore;
}

function checkHooks(hooks: unknown): EscrowHooks {
  if (hooks === undefined) return {};
  if (hooks === null || typeof hooks !== 'object') {
    throw configError(
      'hooks',
      'hooks must be an object of functions.',
      'Pass { onPaid, onShipped, … } or leave it unset.',
    );
  }
  for (const [name, value] of Object.entries(hooks)) {
    if (!(HOOK_NAMES as readonly string[]).includes(name)) {
      throw configError(`hooks.${name}`, `hooks.${name} is not a hook.`, `The hooks are ${HOOK_NAMES.join(', ')}.`);
    }
    if (value !== undefined && typeof value !== 'function') {
      throw configError(
        `hooks.${name}`,
        `hooks.${name} must be a function.`,
        'Pass a (possibly async) function, or leave it out.',
      );
    }
  }
  return hooks as EscrowHooks;
}

function verifyKeysOf(keys: SignatureKeys): SignatureKeys {
  if (keys.signType === 'RSA' && !keys.alipayPublicKey) {
    throw new AlipayEscrowError(
      'RSA_KEY_INVALID',
      'Verifying notifications with RSA needs Alipay’s public key (`keys.alipayPublicKey`).',
      {
        hint: 'Add the Alipay public key you received when you exchanged keys; your own private key only signs.',
        field: 'alipayPublicKey',
        status: 500,
      },
    );
  }
  return keys;
}

/**
 * Validates the options (clear CONFIG_INVALID / ILLEGAL_PARTNER / KEY_INVALID errors) and fills in
 * defaults. `defaultGateway` makes the gateway client when none is given: createEscrow passes the
 * full client, createReceiver one that only knows notify_verify (so its bundle stays small).
 */
export function resolveEscrowOptions(
  options: EscrowOptions,
  defaultGateway: (config: CheckedMerchant) => GatewayClient,
): EscrowDeps {
  if (options === null || typeof options !== 'object') {
    throw configError('options', 'createEscrow needs an options object.', 'Pass { merchant, store, hooks }.');
  }
  const config = checkMerchant(options.merchant);
  const store = checkStore(options.store);
  const gateway = options.gateway ?? defaultGateway(config);
  if (typeof gateway !== 'object' || gateway === null || typeof gateway.notifyVerify !== 'function') {
    throw configError(
      'gateway',
      'gateway must be a client from createGatewayClient.',
      'Leave it unset, or pass createGatewayClient({ …, fetch }) to inject a fetch.',
    );
  }
  const redirectTo = options.returnPage?.redirectTo;
  if (redirectTo !== undefined && typeof redirectTo !== 'function') {
    throw configError(
      'returnPage.redirectTo',
      'returnPage.redirectTo must be a function returning a URL.',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the hint shows the merchant a template literal to write
      'Pass (outcome) => `/orders/${outcome.outTradeNo}`, or leave it unset for the built-in page.',
    );
  }
  const now = options.now ?? (() => new Date());
  if (typeof now !== 'function')
    throw configError('now', 'now must be a function returning a Date.', 'Leave it unset to use the clock.');
  const logger = createWarner(checkLogger(options.logger), now);
  guardTestSettings(config, options.environment, logger);
  return {
    merchant: options.merchant,
    config,
    verifyKeys: verifyKeysOf(config.keys),
    store,
    gateway,
    hooks: checkHooks(options.hooks),
    ipAllowList: compileAllowList(options.ipAllowList),
    redirectTo: redirectTo ?? null,
    maxBodyBytes: positiveInteger(
      options.maxBodyBytes,
      'maxBodyBytes',
      DEFAULT_MAX_BODY_BYTES,
      'Leave it unset for 64 KiB; a genuine notification is a few KiB.',
    ),
    bodyReadTimeoutMs: positiveInteger(
      options.bodyReadTimeoutMs,
      'bodyReadTimeoutMs',
      DEFAULT_BODY_READ_TIMEOUT_MS,
      'Leave it unset for 10 000 ms; Alipay sends its notification at once, so a few seconds is plenty.',
    ),
    effectLeaseMs: positiveInteger(
      options.effectLeaseMs,
      'effectLeaseMs',
      60_000,
      'Leave it unset for 60 000 ms; make it longer than your slowest hook.',
    ),
    deferEffects: deferEffectsOption(options.deferEffects, options.hooks),
    now,
    secrets: secretsOf(config.keys),
    logger,
  };
}

/** `deferEffects`: a boolean, and never with hooks (they would never be called). */
function deferEffectsOption(value: unknown, hooks: EscrowOptions['hooks']): boolean {
  if (value === undefined || value === false) return false;
  if (value !== true) {
    throw new AlipayEscrowError('CONFIG_INVALID', `deferEffects must be true or false, got ${typeof value}.`, {
      field: 'deferEffects',
    });
  }
  const effectHooks = Object.entries(hooks ?? {}).filter(
    ([name, hook]) => hook !== undefined && name !== 'onAnomaly' && name !== 'onStuck',
  );
  if (effectHooks.length > 0) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `deferEffects: true runs no effect, so ${effectHooks.map(([name]) => name).join(', ')} would never be called.`,
      {
        field: 'deferEffects',
        hint: 'Give the hooks to the escrow of your app, which runs the pending effects; leave deferEffects to tools that act from outside it.',
      },
    );
  }
  return true;
}
