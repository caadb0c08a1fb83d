import { normalizeCharset } from '../charset/charset.js';
import { hasGbk } from '../charset/gbk-support.js';
import { hasRsa } from '../crypto/rsa-support.js';
import { AlipayEscrowError } from '../errors/error.js';
import { pluginHint, type EscrowPlugin } from '../plugins/plugin.js';

const PASS_PLUGINS = 'Pass [gbk] and/or [rsa] (from @alipay-escrow/core/gbk and /rsa), or leave it unset.';

function pluginError(message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field: 'plugins', status: 500 });
}

/** Installs the plug-ins given to createReceiver; a value that is not one throws CONFIG_INVALID. */
export function installPlugins(plugins: unknown): void {
  if (plugins === undefined) return;
  if (!Array.isArray(plugins)) {
    throw pluginError('plugins must be an array.', PASS_PLUGINS);
  }
  for (const plugin of plugins as unknown[]) {
    const p = plugin as Partial<EscrowPlugin> | null;
    if (
      p === null ||
      typeof p !== 'object' ||
      (p.name !== 'gbk' && p.name !== 'rsa') ||
      typeof p.install !== 'function'
    ) {
      throw pluginError('plugins holds something that is not a plug-in.', PASS_PLUGINS);
    }
    p.install();
  }
}

/**
 * Throws CONFIG_INVALID when the merchant needs a part that is not loaded: GBK for
 * `charset: 'gbk'` (or gb2312), RSA for `signType: 'RSA'`. A malformed merchant is left to the
 * merchant checks that follow.
 */
export function requireMerchantParts(merchant: unknown): void {
  if (merchant === null || typeof merchant !== 'object') return;
  const { charset, keys } = merchant as { charset?: unknown; keys?: { signType?: unknown } };
  let gbk = false;
  try {
    gbk = typeof charset === 'string' && normalizeCharset(charset) === 'gbk';
  } catch {
    // an unsupported charset: the merchant checks report it
  }
  if (gbk && !hasGbk()) {
    throw pluginError('merchant.charset is gbk, but the GBK tables are not loaded.', pluginHint('gbk'));
  }
  if (keys !== null && typeof keys === 'object' && keys.signType === 'RSA' && !hasRsa()) {
    throw pluginError('merchant.keys use RSA, but SHA1withRSA is not loaded.', pluginHint('rsa'));
  }
}
