import { LOG_UPDATE_FIELDS, presentLogUpdates } from '../log-update.js';
import type { EffectSettlement, LogUpdate, Settled } from '../types.js';
import type { SqlStatement, SqlValue } from './database.js';
import { type SqlContext, marks, textFor, textsOf } from './context.js';
import { jsonRows } from './json-column.js';
import { LOG_UPDATE_COLUMNS } from './rows.js';

/** settle's input once checked: attempts positive integers, keys distinct, `at` canonical when there is `done`. */
export interface SettleStep {
  /** Effects whose hooks succeeded. */
  done: EffectSettlement[];
  /** Effects to put back to pending, with the error to record (null keeps the last one). */
  released: (EffectSettlement & { error: string | null })[];
  /** When the done effects are marked done. */
  at: string | undefined;
  /** The log entry's outcome. */
  log: { id: string; update: LogUpdate } | undefined;
}

/** Only the current claim (running, with the attempts its claim returned) may settle an effect. */
const HELD = `status = 'running' AND attempts = ?`;

/**
 * Step three in ONE call: marks effects done and released — each only while its claim holds — and
 * writes the log entry's outcome. SQLite / D1: one batch of `UPDATE … RETURNING effect_key`
 * statements (one for up to sixteen done effects, one per released effect), then the log's
 * UPDATE. Postgres: one statement, `WITH d AS (UPDATE effects … FROM (VALUES (key, attempt)…)
 * … RETURNING), r AS (…), lg AS (UPDATE log …) SELECT json_agg(d), json_agg(r)`.
 */
export async function settleStep(ctx: SqlContext, step: SettleStep): Promise<Settled> {
  return settleVia(ctx.db.dialect === 'postgres' ? settleOnPostgres : settleOnSqlite, ctx, step);
}

/** The SQL of one dialect for {@link settleVia}: settleOnSqlite or settleOnPostgres. */
export type SettleOn = (ctx: SqlContext, step: SettleStep, logUpdate: SqlStatement | undefined) => Promise<Settled>;

/** The texts of the log entry's update, one per set of fields it changes (a bit per field of LOG_UPDATE_FIELDS). */
const logUpdateTexts = (): string[] => [];

/** `UPDATE log SET <the present fields> WHERE id = ?` and its parameters. */
function logUpdateOf(ctx: SqlContext, logSet: ReturnType<typeof presentLogUpdates>, id: string): SqlStatement {
  let mask = 0;
  const params: SqlValue[] = [];
  for (const [field, value] of logSet) {
    mask |= 1 << LOG_UPDATE_FIELDS.indexOf(field);
    params.push(value);
  }
  params.push(id);
  const texts = textsOf(ctx, logUpdateTexts);
  const sql = (texts[mask] ??=
    `UPDATE ${ctx.t.log} SET ${logSet.map(([field]) => `${LOG_UPDATE_COLUMNS[field]} = ?`).join(', ')} WHERE id = ?`);
  return { sql, params };
}

/** settleStep with the dialect's SQL given, so a store for one dialect leaves the other out of its bundle. */
export async function settleVia(on: SettleOn, ctx: SqlContext, step: SettleStep): Promise<Settled> {
  const logSet = step.log === undefined ? [] : presentLogUpdates(step.log.update);
  if (step.done.length === 0 && step.released.length === 0 && logSet.length === 0) return { done: [], released: [] };
  const logUpdate = step.log === undefined || logSet.length === 0 ? undefined : logUpdateOf(ctx, logSet, step.log.id);
  const settled = await on(ctx, step, logUpdate);
  // In the order the caller listed them.
  const inOrder = (asked: EffectSettlement[], got: string[]): string[] =>
    asked.map(({ key }) => key).filter((key) => got.includes(key));
  return { done: inOrder(step.done, settled.done), released: inOrder(step.released, settled.released) };
}

/** At most this many done effects per UPDATE (1 + 3 per effect bound parameters: within D1's 100). */
const DONE_PER_UPDATE = 16;

/** The SQLite statements of settle, built once per store. */
const sqliteTexts = (ctx: SqlContext) => {
  const { effects } = ctx.t;
  return {
    done: [] as string[],
    // One statement for every done effect: each key with the attempt of its own claim.
    doneOf: (n: number): string =>
      n === 1
        ? `UPDATE ${effects} SET status = 'done', done_at = ?, lease_until = NULL WHERE effect_key = ? AND ${HELD} RETURNING effect_key`
        : `UPDATE ${effects} SET status = 'done', done_at = ?, lease_until = NULL WHERE effect_key IN (${marks(n)}) AND status = 'running' AND attempts = CASE effect_key${' WHEN ? THEN ?'.repeat(n)} END RETURNING effect_key`,
    released: `UPDATE ${effects} SET status = 'pending', last_error = COALESCE(?, last_error), lease_until = NULL WHERE effect_key = ? AND ${HELD} RETURNING effect_key`,
  };
};

export async function settleOnSqlite(
  ctx: SqlContext,
  step: SettleStep,
  logUpdate: SqlStatement | undefined,
): Promise<Settled> {
  const text = textsOf(ctx, sqliteTexts);
  const statements: SqlStatement[] = [];
  for (let from = 0; from < step.done.length; from += DONE_PER_UPDATE) {
    const chunk = step.done.slice(from, from + DONE_PER_UPDATE);
    const params: SqlValue[] = [step.at ?? null];
    if (chunk.length === 1) params.push(chunk[0]!.key, chunk[0]!.attempt);
    else {
      for (const { key } of chunk) params.push(key);
      for (const { key, attempt } of chunk) params.push(key, attempt);
    }
    statements.push({ sql: textFor(text.done, chunk.length, text.doneOf), params });
  }
  for (const { key, attempt, error } of step.released)
    statements.push({ sql: text.released, params: [error, key, attempt] });
  if (logUpdate !== undefined) statements.push(logUpdate);
  const results = await ctx.db.batch(statements);
  const keysOf = (from: number, to: number): string[] =>
    results.slice(from, to).flatMap((result) => result.rows.map((row) => String(row['effect_key'])));
  const doneCount = Math.ceil(step.done.length / DONE_PER_UPDATE);
  return { done: keysOf(0, doneCount), released: keysOf(doneCount, doneCount + step.released.length) };
}

export async function settleOnPostgres(
  ctx: SqlContext,
  step: SettleStep,
  logUpdate: SqlStatement | undefined,
): Promise<Settled> {
  const { effects } = ctx.t;
  const ctes: string[] = [];
  const params: SqlValue[] = [];
  if (step.done.length > 0) {
    const rows = step.done.map(() => '(CAST(? AS TEXT), CAST(? AS INTEGER))').join(', ');
    ctes.push(
      `d AS (UPDATE ${effects} AS e SET status = 'done', done_at = ?, lease_until = NULL FROM (VALUES ${rows}) AS v (k, a) WHERE e.effect_key = v.k AND e.status = 'running' AND e.attempts = v.a RETURNING e.effect_key)`,
    );
    params.push(step.at ?? null, ...step.done.flatMap(({ key, attempt }) => [key, attempt]));
  }
  if (step.released.length > 0) {
    const rows = step.released.map(() => '(CAST(? AS TEXT), CAST(? AS INTEGER), CAST(? AS TEXT))').join(', ');
    ctes.push(
      `r AS (UPDATE ${effects} AS e SET status = 'pending', last_error = COALESCE(v.err, e.last_error), lease_until = NULL FROM (VALUES ${rows}) AS v (k, a, err) WHERE e.effect_key = v.k AND e.status = 'running' AND e.attempts = v.a RETURNING e.effect_key)`,
    );
    params.push(...step.released.flatMap(({ key, attempt, error }) => [key, attempt, error]));
  }
  if (logUpdate !== undefined) {
    ctes.push(`lg AS (${logUpdate.sql} RETURNING id)`);
    params.push(...logUpdate.params);
  }
  const done = step.done.length > 0 ? '(SELECT json_agg(effect_key) FROM d)' : 'NULL';
  const released = step.released.length > 0 ? '(SELECT json_agg(effect_key) FROM r)' : 'NULL';
  const [row = {}] = await ctx.db.all(
    `WITH ${ctes.join(', ')} SELECT ${done} AS done, ${released} AS released`,
    params,
  );
  const keys = (value: unknown): string[] => jsonRows(value).map((key) => String(key));
  return { done: keys(row['done']), released: keys(row['released']) };
}
