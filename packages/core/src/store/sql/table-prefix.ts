import { AlipayEscrowError } from '../../errors/error.js';

export const DEFAULT_TABLE_PREFIX = 'alipay_escrow_';

/** The longest name the schema appends to the prefix (an index name). */
const LONGEST_SUFFIX = 'notification_log_by_order'.length;
/** Postgres truncates identifiers longer than 63 bytes, which could make two names collide. */
const MAX_PREFIX_LENGTH = 63 - LONGEST_SUFFIX;

/** The prefix is interpolated into SQL, so only plain identifier characters are accepted. */
export function checkTablePrefix(prefix: unknown): string {
  if (typeof prefix !== 'string' || !/^[a-z_][a-z0-9_]*$/i.test(prefix) || prefix.length > MAX_PREFIX_LENGTH) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `tablePrefix must be a string of letters, digits and underscores that does not start with a digit, at most ${MAX_PREFIX_LENGTH} characters long.`,
      { field: 'tablePrefix', hint: `Use something like '${DEFAULT_TABLE_PREFIX}' (the default) or 'shop1_'.` },
    );
  }
  return prefix;
}
