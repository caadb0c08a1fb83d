import type { SignatureKeys } from '@alipay-escrow/core';
import type { CliIo } from '../io.js';
import type { Redactor } from '../redact.js';
import { UsageError } from '../usage-error.js';
import { readKeyFile } from './key-file.js';
import { parseSignTypeOption } from './sign-type.js';

export interface KeyOptions {
  key?: string | undefined;
  'sign-type'?: string | undefined;
  /** The RSA key file: `--private-key` for sign, `--alipay-public-key` for verify. */
  rsaKeyFile?: string | undefined;
}

export interface KeyPurpose {
  /** 'sign' uses the merchant's private key; 'verify' uses Alipay's public key. */
  use: 'sign' | 'verify';
  rsaFlag: '--private-key' | '--alipay-public-key';
}

/** Builds the SignatureKeys a command needs from its flags, refusing an incomplete set up front. */
export async function resolveKeys(options: KeyOptions, purpose: KeyPurpose, io: CliIo, secrets: Redactor): Promise<SignatureKeys> {
  secrets.add(options.key);
  const signType = parseSignTypeOption(options['sign-type'], options.rsaKeyFile !== undefined);
  if (signType === 'RSA') {
    if (options.rsaKeyFile === undefined) {
      throw new UsageError(`--sign-type RSA needs ${purpose.rsaFlag} FILE.`, {
        code: 'RSA_KEY_INVALID',
        hint:
          purpose.use === 'sign'
            ? 'Requests are signed with your own private key (PEM, PKCS#8 or PKCS#1).'
            : "Notifications are verified with Alipay's public key (PEM), not your own.",
      });
    }
    if (options.key !== undefined) io.stderr('note: --key is ignored with --sign-type RSA\n');
    const pem = await readKeyFile(options.rsaKeyFile, purpose.rsaFlag);
    return purpose.use === 'sign' ? { signType, privateKey: pem } : { signType, alipayPublicKey: pem };
  }
  if (options.rsaKeyFile !== undefined) {
    throw new UsageError(`${purpose.rsaFlag} only applies to --sign-type RSA.`);
  }
  const key = options.key;
  if (key === undefined || key === '') {
    throw new UsageError(`${purpose.use} needs --key KEY (the MD5 key, 安全校验码).`, {
      code: 'KEY_INVALID',
      hint: `Pass the 32-character key from b.alipay.com → 技术服务, or use --sign-type RSA ${purpose.rsaFlag} FILE.`,
    });
  }
  if (/\s/.test(key)) {
    throw new UsageError(`--key contains whitespace (length ${key.length}).`, {
      code: 'KEY_INVALID',
      hint: 'Trim it: a stray space or newline changes every signature.',
    });
  }
  if (key.length !== 32) {
    io.stderr(`note: an Alipay MD5 key has 32 characters; this one has ${key.length}.\n`);
  }
  return { signType: 'MD5', key };
}
