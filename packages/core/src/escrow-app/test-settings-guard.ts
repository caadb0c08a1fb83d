import { AlipayEscrowError } from '../errors/error.js';
import { isLoopbackHost, isNonPublicHost } from '../protocol/host-reach.js';
import type { CheckedMerchant } from '../protocol/validate-merchant.js';
import type { Warner } from './logger.js';

/**
 * What the app says it is (option `environment` of createEscrow). `production`: test settings are
 * refused; `development`: they are not questioned. Unset: `NODE_ENV=production` counts as
 * production, but only settings that contradict each other (a sandbox on localhost with public
 * callbacks) are refused. See docs/guide/going-live.md.
 */
export type EscrowEnvironment = 'production' | 'development';

interface EnvGlobals {
  Deno?: {
    permissions?: { querySync?: (d: { name: 'env'; variable: string }) => { state: string } };
    env?: { get(name: string): string | undefined };
  };
  process?: { env?: Record<string, string | undefined> };
}

/**
 * `NODE_ENV` where the runtime has one: Node's `process.env`, Workers with nodejs_compat, Deno
 * only when env access is already granted (never a permission prompt). Undefined otherwise.
 */
export function readNodeEnv(globals: EnvGlobals = globalThis as EnvGlobals): string | undefined {
  try {
    const deno = globals.Deno;
    if (deno !== undefined) {
      if (deno.permissions?.querySync?.({ name: 'env', variable: 'NODE_ENV' }).state !== 'granted') return undefined;
      return deno.env?.get('NODE_ENV');
    }
    return globals.process?.env?.['NODE_ENV'];
  } catch {
    return undefined;
  }
}

/** One test setting found: what it is and whether to refuse to start. */
export interface TestSettingFinding {
  /** What is wrong and what to do. */
  message: string;
  /** True: createEscrow throws CONFIG_INVALID; false: a warning. */
  refuse: boolean;
}

function publicCallbacks(config: CheckedMerchant): string[] {
  const found: string[] = [];
  for (const [name, value] of [
    ['notifyUrl', config.notifyUrl],
    ['returnUrl', config.returnUrl],
  ] as const) {
    if (value === undefined) continue;
    try {
      if (!isNonPublicHost(new URL(value).hostname)) found.push(`${name} ${value}`);
    } catch {
      // Not a URL: the payment request reports it (CALLBACK_URL_INVALID).
    }
  }
  return found;
}

/**
 * The two signs of test settings in production:
 * - the gateway is a sandbox on this machine (localhost / 127.0.0.1) while notifyUrl or returnUrl
 *   is public — Alipay can reach the callbacks, but the payments would go to the sandbox. Refused
 *   when the process says it is production (`environment: 'production'` or `NODE_ENV=production`);
 * - the app is production but the gateway is not Alipay's. Refused when `environment` says so;
 *   with only `NODE_ENV=production`, a warning (a staging server may run the sandbox).
 * `environment: 'development'` finds nothing.
 */
export function findTestSettings(
  config: CheckedMerchant,
  environment: EscrowEnvironment | undefined,
  nodeEnv: string | undefined,
): TestSettingFinding[] {
  if (environment === 'development') return [];
  const declared = environment === 'production';
  const production = declared || nodeEnv === 'production';
  const why = declared ? "environment: 'production'" : 'NODE_ENV=production';
  const findings: TestSettingFinding[] = [];
  const publicUrls = publicCallbacks(config);
  if (isLoopbackHost(new URL(config.gateway.url).hostname) && publicUrls.length > 0) {
    findings.push({
      refuse: production,
      message:
        `gatewayUrl ${config.gateway.url} is a sandbox on this machine, but ${publicUrls.join(' and ')} ${publicUrls.length > 1 ? 'are' : 'is'} public: ` +
        `buyers would pay a sandbox that moves no money${production ? ` (and ${why} says this is production)` : ''}. ` +
        "Leave gatewayUrl unset for Alipay's gateway, or use local callback URLs with the sandbox; pass environment: 'development' if this is deliberate.",
    });
  } else if (production && !config.gateway.live) {
    findings.push({
      refuse: declared,
      message:
        `${why}, but gatewayUrl ${config.gateway.url} is not Alipay's gateway (https://mapi.alipay.com/gateway.do): payments would not reach Alipay. ` +
        "Leave gatewayUrl unset in production; pass environment: 'development' for a staging server that uses the sandbox on purpose.",
    });
  }
  return findings;
}

/**
 * Checks the escrow's settings for test settings in production (see {@link findTestSettings}):
 * throws CONFIG_INVALID for the first one to refuse, otherwise warns through `warner` once per
 * finding, at start-up.
 */
export function guardTestSettings(
  config: CheckedMerchant,
  environment: unknown,
  warner: Warner,
  nodeEnv: string | undefined = readNodeEnv(),
): void {
  if (environment !== undefined && environment !== 'production' && environment !== 'development') {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `environment ${JSON.stringify(environment)} is not "production" or "development".`,
      {
        hint: 'Leave it unset (NODE_ENV decides), or say "production" or "development".',
        field: 'environment',
        status: 500,
      },
    );
  }
  for (const finding of findTestSettings(config, environment, nodeEnv)) {
    if (finding.refuse) {
      throw new AlipayEscrowError('CONFIG_INVALID', `Test settings in production: ${finding.message}`, {
        field: 'gatewayUrl',
        status: 500,
      });
    }
    warner.warn(`alipay-escrow: WARNING — test settings? ${finding.message}`, {
      kind: 'test-settings',
      code: 'CONFIG_INVALID',
      channel: null,
      logId: null,
      outTradeNo: null,
    });
  }
}
