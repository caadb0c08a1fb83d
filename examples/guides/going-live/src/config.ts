/** Production settings: the account from the environment, the escrow with the IP allow-list on. */
import type { EscrowHooks, EscrowOptions, EscrowStore, MerchantConfig, SignatureKeys } from '@alipay-escrow/core';

// #region merchant
export function merchantFromEnv(env: Record<string, string | undefined>): MerchantConfig {
  const required = (name: string): string => {
    // trim: a trailing newline from a secrets file changes every signature
    const value = env[name]?.trim();
    // name the variable, never print a value
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  const keys: SignatureKeys = env['ALIPAY_PRIVATE_KEY']
    ? {
        signType: 'RSA',
        privateKey: required('ALIPAY_PRIVATE_KEY'),
        alipayPublicKey: required('ALIPAY_PUBLIC_KEY'),
      }
    : { signType: 'MD5', key: required('ALIPAY_KEY') };
  // https://shop.example.com — what Alipay's servers reach
  const site = required('PUBLIC_URL');
  return {
    partner: required('ALIPAY_PARTNER'),
    keys,
    charset: 'utf-8',
    seller: { id: required('ALIPAY_SELLER_ID') },
    notifyUrl: `${site}/alipay/notify`,
    returnUrl: `${site}/alipay/return`,
    // the sandbox prints it; unset in production
    ...(env['ALIPAY_GATEWAY_URL'] ? { gatewayUrl: env['ALIPAY_GATEWAY_URL'] } : {}),
  };
}
// #endregion merchant

// #region escrow
export function escrowOptions(
  env: Record<string, string | undefined>,
  store: EscrowStore,
  hooks: EscrowHooks,
): EscrowOptions {
  return {
    merchant: merchantFromEnv(env),
    store, // one SQL store (or D1 / Deno KV) shared by every instance
    hooks,
    // Only Alipay's published ranges may POST to notify_url. Behind your own
    // reverse proxy, name the header it appends to (its rightmost entry
    // counts); without one, leave trustedProxyHeader out (the socket address
    // counts).
    ipAllowList: { trustedProxyHeader: 'x-forwarded-for' },
    effectLeaseMs: 120_000, // longer than your slowest hook
  };
}
// at start-up:
// const escrow = createEscrow(escrowOptions(process.env, store, hooks));
// #endregion escrow
