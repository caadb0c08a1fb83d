import { normalizeCharset, type Charset } from '../charset/charset.js';
import type { UnencodablePolicy } from '../charset/encode.js';
import { AlipayEscrowError } from '../errors/error.js';
import { resolveGateway, type GatewayTarget } from './callback-url.js';
import { ALIPAY_USER_ID, givenString } from './given-string.js';
import { assertMd5Key } from './md5-key.js';
import type { MerchantConfig, SellerIdentity } from './order-types.js';
import { unsupportedSignType } from './sign.js';
import type { SignatureKeys } from './sign-types.js';

export interface CheckedMerchant {
  partner: string;
  keys: SignatureKeys;
  charset: Charset;
  unencodable: UnencodablePolicy;
  gateway: GatewayTarget;
  seller: SellerIdentity;
  notifyUrl: string | undefined;
  returnUrl: string | undefined;
}

function configError(
  code: 'CONFIG_INVALID' | 'ILLEGAL_PARTNER' | 'ILLEGAL_ARGUMENT' | 'RSA_KEY_INVALID',
  field: string,
  message: string,
  hint: string,
): AlipayEscrowError {
  return new AlipayEscrowError(code, message, { hint, field, status: 500 });
}

function checkKeys(keys: SignatureKeys | undefined): SignatureKeys {
  if (keys === undefined || keys === null || typeof keys !== 'object') {
    throw configError(
      'CONFIG_INVALID',
      'keys',
      'merchant.keys is missing.',
      'Pass { signType: "MD5", key } (or RSA keys).',
    );
  }
  if (keys.signType === 'MD5') {
    assertMd5Key(keys.key, 'key');
    return keys;
  }
  if (keys.signType === 'RSA') {
    if (!keys.privateKey) {
      throw configError(
        'RSA_KEY_INVALID',
        'privateKey',
        'Signing a payment request with RSA needs the merchant private key (`keys.privateKey`).',
        "Pass your own PKCS#8 or PKCS#1 PEM private key; Alipay's public key only verifies.",
      );
    }
    return keys;
  }
  throw unsupportedSignType((keys as { signType: unknown }).signType);
}

function checkSeller(seller: SellerIdentity | undefined): SellerIdentity {
  const source = seller ?? {};
  const id = givenString(source.id, 'seller_id', 'merchant.seller.id');
  const email = givenString(source.email, 'seller_email', 'merchant.seller.email');
  const accountName = givenString(source.accountName, 'seller_account_name', 'merchant.seller.accountName');
  if (id === undefined && email === undefined && accountName === undefined) {
    throw configError(
      'ILLEGAL_ARGUMENT',
      'seller',
      'merchant.seller has no id, email or accountName: Alipay needs one to know who receives the money (Alipay escrow interface spec, p. 15).',
      'Set merchant.seller.id to your 2088… user id (recommended, Alipay escrow access rules, p. 12: a login can change), or seller.email.',
    );
  }
  if (id !== undefined && !ALIPAY_USER_ID.test(id)) {
    throw configError(
      'ILLEGAL_ARGUMENT',
      'seller_id',
      `merchant.seller.id (seller_id) ${JSON.stringify(id)} is not an Alipay user id.`,
      'A user id is 16 digits starting with 2088; find it at b.alipay.com. Use seller.email for a login instead.',
    );
  }
  return {
    ...(id === undefined ? {} : { id }),
    ...(email === undefined ? {} : { email }),
    ...(accountName === undefined ? {} : { accountName }),
  };
}

function checkCharset(value: unknown): Charset {
  try {
    return normalizeCharset(String(value));
  } catch (cause) {
    throw new AlipayEscrowError('CHARSET_UNSUPPORTED', `merchant.charset ${JSON.stringify(value)} is not supported.`, {
      hint: 'Use "utf-8" or "gbk" (the _input_charset your requests are signed in).',
      field: 'charset',
      status: 500,
      cause,
    });
  }
}

/** Checks everything about the merchant that does not depend on the order. */
export function checkMerchant(merchant: MerchantConfig): CheckedMerchant {
  if (merchant === null || typeof merchant !== 'object') {
    throw configError(
      'CONFIG_INVALID',
      'merchant',
      'The merchant configuration is missing.',
      'Pass { partner, keys, charset, seller }.',
    );
  }
  if (typeof merchant.partner !== 'string' || !ALIPAY_USER_ID.test(merchant.partner)) {
    throw configError(
      'ILLEGAL_PARTNER',
      'partner',
      `merchant.partner ${JSON.stringify(merchant.partner)} is not a partner id.`,
      'The partner id is 16 digits starting with 2088 (b.alipay.com → 技术服务 / 合作者身份 PID), without spaces.',
    );
  }
  const keys = checkKeys(merchant.keys);
  const charset = checkCharset(merchant.charset);
  const unencodable = merchant.unencodable ?? 'error';
  if (unencodable !== 'error' && unencodable !== 'ncr') {
    throw configError(
      'CONFIG_INVALID',
      'unencodable',
      `merchant.unencodable ${JSON.stringify(unencodable)} is not a policy.`,
      'Use "error" (default) or "ncr".',
    );
  }
  return {
    partner: merchant.partner,
    keys,
    charset,
    unencodable,
    gateway: resolveGateway(merchant.gatewayUrl),
    seller: checkSeller(merchant.seller),
    notifyUrl: givenString(merchant.notifyUrl, 'notify_url', 'merchant.notifyUrl'),
    returnUrl: givenString(merchant.returnUrl, 'return_url', 'merchant.returnUrl'),
  };
}
