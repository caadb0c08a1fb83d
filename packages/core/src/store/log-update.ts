import type { LogUpdate, NotificationLogEntry } from './types.js';

/** The fields a settlement (`settle`'s `log.update`) may change, in a fixed order. */
export const LOG_UPDATE_FIELDS = [
  'verdict',
  'code',
  'detail',
  'outTradeNo',
  'notifyId',
  'tradeStatus',
  'refundStatus',
  'reply',
] as const satisfies readonly (keyof LogUpdate)[];

/** The fields of `update` that are present (undefined means "leave as is"), with their values. */
export function presentLogUpdates(
  update: LogUpdate,
): [field: (typeof LOG_UPDATE_FIELDS)[number], value: string | null][] {
  const present: [(typeof LOG_UPDATE_FIELDS)[number], string | null][] = [];
  for (const field of LOG_UPDATE_FIELDS) {
    const value = update[field];
    if (value !== undefined) present.push([field, value]);
  }
  return present;
}

/**
 * Writes the present fields of `update` onto `entry` in place (undefined fields are left alone).
 * For stores that keep entries as objects.
 */
export function applyLogUpdate(entry: NotificationLogEntry, update: LogUpdate): void {
  const target = entry as unknown as Record<string, unknown>;
  for (const field of LOG_UPDATE_FIELDS) {
    const value = update[field];
    if (value !== undefined) target[field] = value;
  }
}
