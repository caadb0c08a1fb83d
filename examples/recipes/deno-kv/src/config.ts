// The merchant's settings, read from the environment (`deno run --allow-env`).
import type { MerchantConfig } from '@alipay-escrow/core';

function required(name: string): string {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`Set the environment variable ${name} (see "配置与密钥" / "Configuration and secrets").`);
  return value;
}

// #region config
/** Partner, MD5 key and seller from the environment; notify/return URLs from PUBLIC_URL. */
export function merchantFromEnv(): MerchantConfig {
  const publicUrl = required('PUBLIC_URL').replace(/\/+$/, '');
  // Unset in production (the live gateway); the local sandbox's URL while developing.
  const gatewayUrl = Deno.env.get('ALIPAY_GATEWAY_URL');
  return {
    partner: required('ALIPAY_PARTNER'),
    keys: { signType: 'MD5', key: required('ALIPAY_KEY') },
    charset: 'utf-8',
    seller: { id: required('ALIPAY_SELLER_ID') }, // the receiving account's user id, 2088 + 12 digits
    notifyUrl: `${publicUrl}/alipay/notify`,
    returnUrl: `${publicUrl}/alipay/return`,
    ...(gatewayUrl ? { gatewayUrl } : {}),
  };
}

/**
 * What the shop's admin sends as `Authorization: Bearer <token>` to ship an order. Shipping is for
 * the admin only, so the shop does not start without a token long enough that nobody can guess it.
 */
export function adminTokenFromEnv(): string {
  const token = required('SHOP_ADMIN_TOKEN');
  if (token.length < 32)
    throw new Error('SHOP_ADMIN_TOKEN is shorter than 32 characters. Generate one with `openssl rand -hex 32`.');
  return token;
}
// #endregion config
