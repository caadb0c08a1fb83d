import { duplicateEffectError } from '../checks.js';
import type { Committed, EffectClaim, EffectRecord, OrderRecord } from '../types.js';
import type { SqlStatement, SqlValue } from './database.js';
import { isClaimable } from '../step-checks.js';
import { CLAIMABLE, type SqlContext, marks, textFor, textsOf } from './context.js';
import { bySeq, jsonRows } from './json-column.js';
import { EFFECT_COLUMNS, ORDER_COLUMNS, effectFromRow, effectValues, orderValues, pushEffectValues } from './rows.js';

/** commit's input once checked (the version step, effect keys, canonical claim times). */
export interface CommitStep {
  /** The new state. */
  next: OrderRecord;
  /** The version the caller read. */
  expectedVersion: number;
  /** New effects. */
  effects: EffectRecord[];
  /** The claim to take on the order's claimable effects, if any. */
  claim: EffectClaim | undefined;
}

/** Every order column but the key, then txn; the key and the expected version close the WHERE. */
const updateOrder = (ctx: SqlContext): string =>
  `UPDATE ${ctx.t.orders} SET ${ORDER_COLUMNS.slice(1)
    .map((c) => `${c} = ?`)
    .join(', ')}, txn = ? WHERE out_trade_no = ? AND version = ?`;

/** Casts give Postgres the parameter types (a SELECT list or VALUES would otherwise make them text). */
const typedMarks = EFFECT_COLUMNS.map(([, type]) => `CAST(? AS ${type})`).join(', ');

/**
 * Step two in ONE call: the compare-and-set of the order, its new effects and, with a claim, the
 * claim of every claimable effect of the order — none of it when the stored version moved on.
 *
 * - SQLite / D1, one batch: `UPDATE orders … SET txn = <fresh token> WHERE version = expected`,
 *   then, with a claim, `UPDATE effects … WHERE claimable AND EXISTS (order whose txn = that
 *   token) RETURNING …` for the effects stored before, then the new effects in one multi-row
 *   `INSERT … SELECT * FROM (VALUES …) WHERE EXISTS (same test)` (eight per statement at most) —
 *   those the claim takes already claimed, so they are written once. Only the writer whose UPDATE
 *   matched sees its own token, so only the winner writes effects and claims — even when several
 *   writers expected the same version.
 * - Postgres, one statement: `WITH up AS (UPDATE orders … RETURNING), ins AS (INSERT INTO effects …
 *   WHERE EXISTS (SELECT 1 FROM up) RETURNING …), cl AS (UPDATE effects … WHERE claimable AND
 *   EXISTS (SELECT 1 FROM up) RETURNING …) SELECT …`. The parts share one snapshot, so `cl` cannot
 *   see the rows `ins` adds: new pending effects are inserted already claimed instead. At READ
 *   COMMITTED a blocked UPDATE re-checks `version` once the other writer commits, so the
 *   compare-and-set holds across connections.
 *
 * A new effect key already taken fails the call (nothing written) and is reported as INTERNAL_ERROR.
 */
export async function commitStep(ctx: SqlContext, step: CommitStep): Promise<Committed> {
  return commitVia(ctx.db.dialect === 'postgres' ? commitOnPostgres : commitOnSqlite, ctx, step);
}

/** The SQL of one dialect for {@link commitVia}: commitOnSqlite or commitOnPostgres. */
export type CommitOn = (ctx: SqlContext, step: CommitStep) => Promise<Committed>;

/** commitStep with the dialect's SQL given, so a store for one dialect leaves the other out of its bundle. */
export async function commitVia(on: CommitOn, ctx: SqlContext, step: CommitStep): Promise<Committed> {
  try {
    return await on(ctx, step);
  } catch (error) {
    // Nothing was written. Say so plainly when the cause is an effect key already taken.
    const keys = step.effects.map((effect) => effect.key);
    const taken = keys.length === 0 ? [] : await takenEffectKeys(ctx, keys).catch(() => []);
    if (taken.length > 0) throw duplicateEffectError(taken, error);
    throw error;
  }
}

async function takenEffectKeys(ctx: SqlContext, keys: string[]): Promise<string[]> {
  const rows = await ctx.db.all(
    `SELECT effect_key FROM ${ctx.t.effects} WHERE effect_key IN (${marks(keys.length)})`,
    keys,
  );
  return rows.map((row) => String(row['effect_key']));
}

const claimUpdate = (ctx: SqlContext): string =>
  `UPDATE ${ctx.t.effects} SET status = 'running', attempts = attempts + 1, lease_until = ? WHERE out_trade_no = ? AND ${CLAIMABLE}`;

/** At most this many effects per INSERT, so a statement stays within D1's 100 bound parameters. */
const EFFECTS_PER_INSERT = 8;

/** The SQLite statements of commit, built once per store. */
const sqliteTexts = (ctx: SqlContext) => {
  const { t } = ctx;
  // Only the writer whose compare-and-set matched sees its own token.
  const won = `EXISTS (SELECT 1 FROM ${t.orders} WHERE out_trade_no = ? AND txn = ?)`;
  const row = `(${marks(EFFECT_COLUMNS.length)})`;
  return {
    updateOrder: updateOrder(ctx),
    claimStored: `${claimUpdate(ctx)} AND ${won} RETURNING seq, ${ctx.effectCols}`,
    insertEffects: [] as string[],
    insertEffectsOf: (n: number): string =>
      `INSERT INTO ${t.effects} (${ctx.effectCols}) SELECT * FROM (VALUES ${Array.from({ length: n }, () => row).join(', ')}) WHERE ${won}`,
  };
};

/**
 * The effects as they are inserted: with a claim, each one claimable at `claim.now` goes in
 * already claimed (running, one more attempt, the claim's lease), exactly as the claim's UPDATE
 * would leave it.
 */
function asInserted(
  effects: EffectRecord[],
  claim: EffectClaim | undefined,
): { rows: EffectRecord[]; claimed: EffectRecord[] } {
  if (claim === undefined) return { rows: effects, claimed: [] };
  const claimed: EffectRecord[] = [];
  const rows = effects.map((effect) => {
    if (!isClaimable(effect, claim.now)) return effect;
    const taken: EffectRecord = {
      ...effect,
      status: 'running',
      attempts: effect.attempts + 1,
      leaseUntil: claim.leaseUntil,
    };
    claimed.push(taken);
    return taken;
  });
  return { rows, claimed };
}

export async function commitOnSqlite(
  ctx: SqlContext,
  { next, expectedVersion, effects, claim }: CommitStep,
): Promise<Committed> {
  const text = textsOf(ctx, sqliteTexts);
  const txn = crypto.randomUUID();
  const key = next.outTradeNo;
  const orderParams = orderValues(next).slice(1);
  orderParams.push(txn, key, expectedVersion);
  const statements: SqlStatement[] = [{ sql: text.updateOrder, params: orderParams }];
  // The claim of the effects stored before runs ahead of the insert, so it never sees the new ones:
  // those go in already claimed.
  if (claim !== undefined)
    statements.push({ sql: text.claimStored, params: [claim.leaseUntil, key, claim.now, key, txn] });
  const inserted = asInserted(effects, claim);
  for (let from = 0; from < inserted.rows.length; from += EFFECTS_PER_INSERT) {
    const chunk = inserted.rows.slice(from, from + EFFECTS_PER_INSERT);
    const params: SqlValue[] = [];
    for (const effect of chunk) pushEffectValues(params, effect);
    params.push(key, txn);
    statements.push({ sql: textFor(text.insertEffects, chunk.length, text.insertEffectsOf), params });
  }
  const results = await ctx.db.batch(statements);
  const committed = results[0]?.changes === 1;
  if (!committed || claim === undefined) return { committed, claimed: [] };
  // The stored ones first (their seq is lower), then the new ones in the order they were given.
  const stored = bySeq(results[1]?.rows ?? []).map(effectFromRow);
  return { committed, claimed: inserted.claimed.length === 0 ? stored : [...stored, ...inserted.claimed] };
}

export async function commitOnPostgres(
  ctx: SqlContext,
  { next, expectedVersion, effects, claim }: CommitStep,
): Promise<Committed> {
  const { t } = ctx;
  const ctes = [`up AS (${updateOrder(ctx)} RETURNING out_trade_no)`];
  const params: SqlValue[] = orderValues(next).slice(1);
  params.push(crypto.randomUUID(), next.outTradeNo, expectedVersion);
  // With a claim, new pending effects go in already claimed (cl cannot see them).
  const claimedNow = new Set<string>();
  const inserted = effects.map((effect) => {
    if (claim === undefined || effect.status !== 'pending') return effect;
    claimedNow.add(effect.key);
    return { ...effect, status: 'running' as const, attempts: effect.attempts + 1, leaseUntil: claim.leaseUntil };
  });
  if (inserted.length > 0) {
    const columns = EFFECT_COLUMNS.map(([column]) => column).join(', ');
    ctes.push(
      `ins AS (INSERT INTO ${t.effects} (${columns}) SELECT * FROM (VALUES ${inserted.map(() => `(${typedMarks})`).join(', ')}) AS v (${columns}) WHERE EXISTS (SELECT 1 FROM up) RETURNING seq, ${ctx.effectCols})`,
    );
    for (const effect of inserted) params.push(...effectValues(effect));
  }
  const claimedParts: string[] = [];
  if (claimedNow.size > 0) {
    claimedParts.push(`SELECT * FROM ins WHERE effect_key IN (${marks(claimedNow.size)})`);
  }
  if (claim !== undefined) {
    ctes.push(`cl AS (${claimUpdate(ctx)} AND EXISTS (SELECT 1 FROM up) RETURNING seq, ${ctx.effectCols})`);
    params.push(claim.leaseUntil, next.outTradeNo, claim.now);
    claimedParts.push('SELECT * FROM cl');
  }
  const claimedColumn =
    claimedParts.length === 0
      ? 'NULL AS claimed'
      : `(SELECT json_agg(c ORDER BY c.seq) FROM (${claimedParts.join(' UNION ALL ')}) c) AS claimed`;
  params.push(...claimedNow);
  const [row = {}] = await ctx.db.all(
    `WITH ${ctes.join(', ')} SELECT (SELECT count(*) FROM up) AS committed, ${claimedColumn}`,
    params,
  );
  const committed = Number(row['committed']) === 1;
  return { committed, claimed: committed ? jsonRows(row['claimed']).map(effectFromRow) : [] };
}

/**
 * Claims every claimable effect of the order in one statement (`UPDATE … RETURNING`), so two
 * callers can never both claim the same effect.
 */
export async function claimEffectsOf(ctx: SqlContext, outTradeNo: string, claim: EffectClaim): Promise<EffectRecord[]> {
  const rows = await ctx.db.all(`${claimUpdate(ctx)} RETURNING seq, ${ctx.effectCols}`, [
    claim.leaseUntil,
    outTradeNo,
    claim.now,
  ]);
  return bySeq(rows).map(effectFromRow);
}
