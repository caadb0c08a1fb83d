import type { SignatureKeys } from '@alipay-escrow/core';
import type { CliIo } from '../io.js';
import { writeNote } from '../output.js';
import type { Redactor } from '../redact.js';
import { UsageError } from '../usage-error.js';
import { readKeyFile } from './key-file.js';
import { KEY_ENV, md5KeyFrom } from './md5-key.js';
import { parseSignTypeOption } from './sign-type.js';

export interface KeyOptions {
  key?: string | undefined;
  /** `--key-file FILE`: the MD5 key, read from a file. */
  keyFile?: string | undefined;
  'sign-type'?: string | undefined;
  /** The RSA key file: `--private-key` for sign, `--alipay-public-key` for verify. */
  rsaKeyFile?: string | undefined;
}

export interface KeyPurpose {
  /** 'sign' uses the merchant's private key; 'verify' uses Alipay's public key. */
  use: 'sign' | 'verify';
  rsaFlag: '--private-key' | '--alipay-public-key';
}

/**
 * Builds the SignatureKeys a command needs from its flags, refusing an incomplete set up front.
 * The MD5 key comes from `--key`, `--key-file` or ALIPAY_KEY (see md5KeyFrom); whichever it is,
 * it is registered with `secrets` so no error text can echo it.
 */
export async function resolveKeys(
  options: KeyOptions,
  purpose: KeyPurpose,
  io: CliIo,
  secrets: Redactor,
): Promise<SignatureKeys> {
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
    if (options.key !== undefined) writeNote(io, 'note: --key is ignored with --sign-type RSA');
    if (options.keyFile !== undefined) writeNote(io, 'note: --key-file is ignored with --sign-type RSA');
    const pem = await readKeyFile(options.rsaKeyFile, purpose.rsaFlag);
    return purpose.use === 'sign' ? { signType, privateKey: pem } : { signType, alipayPublicKey: pem };
  }
  if (options.rsaKeyFile !== undefined) {
    throw new UsageError(`${purpose.rsaFlag} only applies to --sign-type RSA.`);
  }
  const md5 = await md5KeyFrom({ key: options.key, keyFile: options.keyFile }, io.env, true);
  secrets.add(md5?.key);
  if (md5 === undefined || md5.key === '') {
    throw new UsageError(
      `${purpose.use} needs the MD5 key (安全校验码): --key-file FILE, the ${KEY_ENV} environment variable, or --key KEY.`,
      {
        code: 'KEY_INVALID',
        hint: `Put the 32-character key from b.alipay.com → 技术服务 in a file for --key-file (--key shows it in the process list), or use --sign-type RSA ${purpose.rsaFlag} FILE.`,
      },
    );
  }
  const { key, source } = md5;
  if (/\s/.test(key)) {
    throw new UsageError(`The MD5 key from ${source} contains whitespace (length ${key.length}).`, {
      code: 'KEY_INVALID',
      hint: 'Trim it: a stray space or newline changes every signature.',
    });
  }
  if (key.length !== 32) {
    writeNote(io, `note: an Alipay MD5 key has 32 characters; this one has ${key.length}.`);
  }
  return { signType: 'MD5', key };
}
