import type { Charset, UnencodablePolicy } from '../charset/index.js';

/** The algorithms the escrow interface accepts and this library implements (DSA is not). */
export type SignType = 'MD5' | 'RSA';

/** A PEM (or bare base64 DER) RSA key, or an already imported CryptoKey. */
export type RsaKeyInput = string | CryptoKey;

/** Keys for signing requests and verifying what Alipay sends. */
export type SignatureKeys =
  | {
      /** MD5 with the merchant's shared key (the escrow default). */
      signType: 'MD5';
      /** The MD5 security key (安全校验码, normally 32 characters) from b.alipay.com; must not contain whitespace (KEY_INVALID). */
      key: string;
    }
  | {
      /** SHA1withRSA: sign with your private key, verify with Alipay's public key. */
      signType: 'RSA';
      /** The merchant's private key (PKCS#8 or PKCS#1 PEM): signs requests. */
      privateKey?: RsaKeyInput;
      /** Alipay's public key (SPKI or PKCS#1 PEM): verifies notifications and replies. */
      alipayPublicKey?: RsaKeyInput;
    };

/** Options of {@link signParams} and {@link verifyParams}. */
export interface SignOptions {
  /** Charset whose bytes are signed: the request's `_input_charset`. */
  charset: Charset;
  /** What to do with a character the charset cannot represent. Default 'error'. */
  unencodable?: UnencodablePolicy;
  /**
   * Sign exactly what is given, even a name outside `[a-z0-9_]` or a value holding `&` (which
   * {@link signParams} otherwise refuses with PARAM_AMBIGUOUS). Only for tools that must reproduce
   * a reference signature byte for byte (the CLI's `sign`) or that stand in for Alipay in tests:
   * such a signature also covers another reading of the same string. Ignored by verifyParams.
   */
  allowAmbiguous?: boolean;
}

/** The outcome of asking the gateway `notify_verify` whether a notify_id is genuine. */
export interface NotifyVerifyResult {
  /** 'verified' only when the gateway answered exactly `true`. */
  outcome: 'verified' | 'rejected' | 'timeout' | 'error';
  /** The gateway's body (trimmed to 200 chars), for logs. */
  body?: string;
  /** HTTP status, when a response arrived. */
  status?: number;
}

/** Asks the gateway about a notify_id. Supplied by the gateway client (or a test double). */
export type NotifyIdChecker = (notifyId: string) => Promise<NotifyVerifyResult>;
