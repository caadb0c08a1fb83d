import { readFile } from 'node:fs/promises';
import { UsageError } from '../usage-error.js';

/** The environment variable `sign` and `verify` read the MD5 key from when no flag gives it. */
export const KEY_ENV = 'ALIPAY_KEY';

/** Where the MD5 key of a run came from, as error messages name it (never the key itself). */
export type Md5KeySource = '--key' | `--key-file ${string}` | typeof KEY_ENV;

export interface Md5Key {
  key: string;
  source: Md5KeySource;
}

export interface Md5KeyFlags {
  key?: string | undefined;
  keyFile?: string | undefined;
}

/**
 * The MD5 key from `--key KEY`, `--key-file FILE` or the ALIPAY_KEY environment variable
 * (`useEnv`), or undefined when none gives one. The two flags together are refused: which one was
 * meant cannot be guessed. Either flag wins over the environment, as flags usually do. `--key`
 * shows the key to every user of the machine (`ps`) and keeps it in the shell history; the file
 * and the variable do not.
 */
export async function md5KeyFrom(
  flags: Md5KeyFlags,
  env: Readonly<Record<string, string | undefined>>,
  useEnv: boolean,
): Promise<Md5Key | undefined> {
  if (flags.key !== undefined && flags.keyFile !== undefined) {
    throw new UsageError('Give the MD5 key once: --key and --key-file were both given.', {
      hint: 'Keep --key-file FILE (or the ALIPAY_KEY environment variable) and drop --key, which other users can see in the process list.',
    });
  }
  if (flags.key !== undefined) return { key: flags.key, source: '--key' };
  if (flags.keyFile !== undefined)
    return { key: await readMd5KeyFile(flags.keyFile), source: `--key-file ${JSON.stringify(flags.keyFile)}` };
  const fromEnv = useEnv ? env[KEY_ENV] : undefined;
  return fromEnv === undefined || fromEnv === '' ? undefined : { key: fromEnv, source: KEY_ENV };
}

/**
 * Reads an MD5 key file: the key, without the trailing newline an editor or `echo` leaves. The
 * errors name the file and what is wrong with it, never its content.
 */
export async function readMd5KeyFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`Cannot read --key-file ${JSON.stringify(path)} (${reason}).`, {
      code: 'KEY_INVALID',
      hint: 'Name a readable file holding only the 32-character MD5 key (安全校验码); chmod 600 keeps other users out of it.',
    });
  }
  const key = text.replace(/[\r\n]+$/, '');
  if (key === '') {
    throw new UsageError(`--key-file ${JSON.stringify(path)} is empty.`, {
      code: 'KEY_INVALID',
      hint: 'Write the 32-character MD5 key from b.alipay.com → 技术服务 into it, on one line.',
    });
  }
  if (key.includes('-----BEGIN')) {
    throw new UsageError(`--key-file ${JSON.stringify(path)} holds a PEM key, not an MD5 key.`, {
      code: 'KEY_INVALID',
      hint: 'For RSA, pass the PEM file with --private-key (sign) or --alipay-public-key (verify) instead.',
    });
  }
  return key;
}
