import { createEscrow, type Escrow } from '@alipay-escrow/core';
import type { SellerIdentity } from '@alipay-escrow/core/protocol';
import type { CliIo } from '../io.js';
import { parseCharsetOption } from '../options/charset.js';
import { parseGatewayOption } from '../options/gateway-url.js';
import { resolveKeys } from '../options/keys.js';
import type { Redactor } from '../redact.js';
import { UsageError } from '../usage-error.js';
import { openStore, STORE_HELP, STORE_OPTIONS, type OpenedStore, type StoreFlags } from './open-store.js';

/** The flags of a command that acts as the app's escrow on its database (replay, reconcile). */
export const ESCROW_OPTIONS = {
  ...STORE_OPTIONS,
  partner: { type: 'string' },
  seller: { type: 'string' },
  'seller-email': { type: 'string' },
  'key-file': { type: 'string' },
  key: { type: 'string' },
  'sign-type': { type: 'string' },
  'private-key': { type: 'string' },
  'alipay-public-key': { type: 'string' },
  charset: { type: 'string' },
  gateway: { type: 'string' },
} as const;

export const ESCROW_HELP = `${STORE_HELP}
  --partner P          your partner id (default: $ALIPAY_PARTNER)
  --seller ID          the seller_id your orders use (default: $ALIPAY_SELLER_ID); or
  --seller-email E     the seller_email they use
  --key-file FILE      the MD5 key, read from a file (default: $ALIPAY_KEY); --key KEY also
                       works but shows the key in the process list
  --sign-type RSA --private-key FILE --alipay-public-key FILE
                       for an RSA merchant instead
  --charset utf-8|gbk  your _input_charset (default utf-8)
  --gateway URL        the gateway (default: $ALIPAY_GATEWAY_URL, else Alipay's live gateway);
                       the local sandbox prints its URL`;

export interface EscrowFlags extends StoreFlags {
  partner?: string | undefined;
  seller?: string | undefined;
  'seller-email'?: string | undefined;
  'key-file'?: string | undefined;
  key?: string | undefined;
  'sign-type'?: string | undefined;
  'private-key'?: string | undefined;
  'alipay-public-key'?: string | undefined;
  charset?: string | undefined;
  gateway?: string | undefined;
}

/** An escrow over the app's own database, and the way to close that database. */
export interface CliEscrow extends OpenedStore {
  escrow: Escrow;
}

/**
 * The app's escrow rebuilt from flags and the environment the sandbox prints (ALIPAY_PARTNER,
 * ALIPAY_KEY, ALIPAY_SELLER_ID, ALIPAY_GATEWAY_URL). It runs with `deferEffects`: the CLI cannot
 * call the app's hooks, so a transition it commits leaves its effects pending for the app (its
 * next delivery of the order, or its sweep) — never marked done without the hook running.
 */
export async function openEscrow(flags: EscrowFlags, io: CliIo, secrets: Redactor): Promise<CliEscrow> {
  const partner = flags.partner ?? io.env['ALIPAY_PARTNER'];
  if (partner === undefined || partner === '') {
    throw new UsageError('Name the merchant: --partner P (or the ALIPAY_PARTNER environment variable).', {
      hint: 'Your 16-digit partner id, 2088…',
    });
  }
  const seller = sellerOf(flags, io.env);
  const signType = flags['sign-type'];
  const verify = await resolveKeys(
    { key: flags.key, keyFile: flags['key-file'], 'sign-type': signType, rsaKeyFile: flags['alipay-public-key'] },
    { use: 'verify', rsaFlag: '--alipay-public-key' },
    io,
    secrets,
  );
  const keys =
    verify.signType === 'RSA'
      ? {
          ...verify,
          ...(await resolveKeys(
            { 'sign-type': signType, rsaKeyFile: flags['private-key'] },
            { use: 'sign', rsaFlag: '--private-key' },
            io,
            secrets,
          )),
        }
      : verify;
  const gatewayUrl = parseGatewayOption(flags.gateway ?? io.env['ALIPAY_GATEWAY_URL']);
  const charset = flags.charset === undefined ? 'utf-8' : parseCharsetOption(flags.charset);
  const opened = await openStore(flags, secrets, { readonly: false });
  try {
    const escrow = createEscrow({
      merchant: { partner, keys, charset, seller, gatewayUrl },
      store: opened.store,
      deferEffects: true,
      // The CLI prints every outcome itself; the library's warnings would repeat them on stderr.
      logger: { warn: () => undefined },
    });
    return { ...opened, escrow };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

function sellerOf(flags: EscrowFlags, env: CliIo['env']): SellerIdentity {
  const id = flags.seller ?? env['ALIPAY_SELLER_ID'];
  const email = flags['seller-email'];
  if ((id === undefined || id === '') && email === undefined) {
    throw new UsageError('Name the seller your orders use: --seller ID (or ALIPAY_SELLER_ID) or --seller-email E.', {
      hint: 'The same seller your app gives createEscrow: notifications are checked against it.',
    });
  }
  return { ...(id === undefined || id === '' ? {} : { id }), ...(email === undefined ? {} : { email }) };
}
