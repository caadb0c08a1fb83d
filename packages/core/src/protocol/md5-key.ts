import { AlipayEscrowError } from '../errors/error.js';

/**
 * Checks an MD5 key (the 32-character 安全校验码) without ever echoing it: present, a string, and
 * free of whitespace (a copied key with a trailing newline signs everything wrong).
 */
export function assertMd5Key(key: unknown, option = 'key'): asserts key is string {
  if (typeof key !== 'string' || key.length === 0) {
    throw new AlipayEscrowError('KEY_INVALID', `The MD5 key (\`${option}\`) is missing.`, {
      hint: 'Pass the 32-character key from b.alipay.com → 技术服务 (安全校验码); read it from a secret, not from code.',
      field: option,
      status: 500,
    });
  }
  if (/\s/.test(key)) {
    throw new AlipayEscrowError(
      'KEY_INVALID',
      `The MD5 key (\`${option}\`) contains whitespace (length ${key.length}).`,
      {
        hint: 'Trim the value where you load it: a trailing newline from a secrets file or env var changes every signature.',
        field: option,
        status: 500,
      },
    );
  }
}
