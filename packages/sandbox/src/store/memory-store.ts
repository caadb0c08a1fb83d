import type { NotificationRecord, ReturnIdRecord, SandboxSnapshot, SandboxStore, TradeRecord } from './types.js';

/**
 * Keeps a copy of every record in memory. One store can outlive a sandbox: start another sandbox
 * on it and the trades and pending notifications are back.
 */
export function memoryStore(): SandboxStore {
  const trades = new Map<string, string>();
  const notifications = new Map<string, string>();
  const returnIds = new Map<string, string>();
  const settings = new Map<string, string>();
  const parse = <T>(map: Map<string, string>): T[] => [...map.values()].map((json) => JSON.parse(json) as T);
  return {
    async load(): Promise<SandboxSnapshot> {
      return {
        trades: parse<TradeRecord>(trades),
        notifications: parse<NotificationRecord>(notifications),
        returnIds: parse<ReturnIdRecord>(returnIds),
      };
    },
    async putTrade(trade) {
      trades.set(trade.key, JSON.stringify(trade));
    },
    async putNotification(notification) {
      notifications.set(notification.notifyId, JSON.stringify(notification));
    },
    async putReturnId(record) {
      returnIds.set(record.notifyId, JSON.stringify(record));
    },
    async getSetting(name) {
      return settings.get(name);
    },
    async putSetting(name, value) {
      settings.set(name, value);
    },
  };
}
