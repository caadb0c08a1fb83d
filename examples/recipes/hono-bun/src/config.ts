/**
 * Everything the shop reads from its environment, checked once at start-up so a missing secret
 * stops the process with a clear message instead of failing on the first payment.
 */
import type { MerchantConfig } from '@alipay-escrow/core';

export interface ShopConfig {
  merchant: MerchantConfig;
  /** What the shop's admin sends as `Authorization: Bearer <token>` to ship an order. */
  adminToken: string;
  port: number;
  host: string;
  sqlitePath: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} is not set. See the recipe's "Configuration and secrets" section.`);
  return value;
}

// #region config
// Shipping is for the shop's admin only, so the shop does not start without a token long enough
// that nobody can guess it.
function adminToken(env: NodeJS.ProcessEnv): string {
  const token = required(env, 'SHOP_ADMIN_TOKEN');
  if (token.length < 32)
    throw new Error('SHOP_ADMIN_TOKEN is shorter than 32 characters. Generate one with `openssl rand -hex 32`.');
  return token;
}

export function readConfig(env: NodeJS.ProcessEnv): ShopConfig {
  // The address Alipay and the buyer's browser reach this shop at, e.g. https://shop.example.com
  const publicUrl = required(env, 'PUBLIC_URL').replace(/\/+$/, '');
  return {
    merchant: {
      partner: required(env, 'ALIPAY_PARTNER'), // 2088 + 12 digits
      keys: { signType: 'MD5', key: required(env, 'ALIPAY_KEY') }, // the 32-character MD5 key: a secret
      charset: 'utf-8',
      seller: { id: required(env, 'ALIPAY_SELLER_ID') }, // the receiving account's user id, 2088 + 12 digits
      notifyUrl: `${publicUrl}/alipay/notify`,
      returnUrl: `${publicUrl}/alipay/return`,
      // Unset: Alipay's live gateway. The local sandbox: http://127.0.0.1:7001/gateway.do
      gatewayUrl: env.ALIPAY_GATEWAY_URL?.trim() || undefined,
    },
    adminToken: adminToken(env), // SHOP_ADMIN_TOKEN: a secret, like ALIPAY_KEY
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    sqlitePath: env.SQLITE_PATH ?? 'shop.db',
  };
}
// #endregion config
