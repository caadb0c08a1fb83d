import type { EscrowStore } from '../types.js';
import { checkAttentionMark } from '../kit.js';
import { commit } from './kv-commit.js';
import type { KvKeys } from './kv-keys.js';
import type { DenoKvLike } from './kv-like.js';

/** Sweep's report marks: one key per (order, reason, version), written only if absent. */
export function kvAttention(kv: DenoKvLike, keys: KvKeys): Pick<EscrowStore, 'markAttention' | 'clearAttention'> {
  return {
    async markAttention(mark) {
      const { outTradeNo, reason, version, at } = checkAttentionMark(mark);
      const key = keys.attention(outTradeNo, reason, version);
      return commit(() => kv.atomic().check({ key, versionstamp: null }).set(key, { at }));
    },

    async clearAttention(mark) {
      const { outTradeNo, reason, version } = checkAttentionMark(mark, false);
      await commit(() => kv.atomic().delete(keys.attention(outTradeNo, reason, version)));
    },
  };
}
