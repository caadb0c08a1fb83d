// What the Worker receives as `env`: the D1 binding, vars and secrets (see wrangler.jsonc).
import type { MerchantConfig } from '@alipay-escrow/core';

export interface Env {
  DB: D1Database;
  ALIPAY_PARTNER: string;
  /** A secret: `wrangler secret put ALIPAY_KEY` (locally: .dev.vars). */
  ALIPAY_KEY: string;
  /** The receiving account's user id (seller_id): 2088 + 12 digits. */
  ALIPAY_SELLER_ID: string;
  /** Unset in production (the live gateway); the local sandbox's URL while developing. */
  ALIPAY_GATEWAY_URL?: string;
  PUBLIC_URL: string;
  /** A secret: what the shop's admin sends as `Authorization: Bearer <token>` to ship (32+ characters). */
  SHOP_ADMIN_TOKEN?: string;
}

// #region config
/** Partner, MD5 key and seller from env; notify/return URLs from PUBLIC_URL. */
export function merchantFromEnv(env: Env): MerchantConfig {
  const publicUrl = env.PUBLIC_URL.replace(/\/+$/, '');
  return {
    partner: env.ALIPAY_PARTNER,
    keys: { signType: 'MD5', key: env.ALIPAY_KEY },
    charset: 'utf-8',
    seller: { id: env.ALIPAY_SELLER_ID },
    notifyUrl: `${publicUrl}/alipay/notify`,
    returnUrl: `${publicUrl}/alipay/return`,
    ...(env.ALIPAY_GATEWAY_URL ? { gatewayUrl: env.ALIPAY_GATEWAY_URL } : {}),
  };
}
// #endregion config
