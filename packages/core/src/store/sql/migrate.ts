import type { SqlStatement } from './database.js';
import type { SqlContext } from './context.js';
import { initStatements, logColumnsAdded, notifyIdStatements, sweepStatements } from './schema.js';

const statement = (text: string): SqlStatement => ({ sql: text, params: [] });

/**
 * Creates the tables of 0001, then upgrades them to 0002 and 0003 — on a new database, one made by
 * an older migrate(), or one made by any prefix of the migration files. Every statement is
 * idempotent except SQLite's ADD COLUMN (no IF NOT EXISTS there), which runs only for the columns a
 * probe finds missing.
 */
export async function migrateSchema(ctx: SqlContext, prefix: string): Promise<void> {
  const { db } = ctx;
  if (db.dialect === 'sqlite') {
    await db.batch(initStatements('sqlite', prefix).map(statement));
    await upgradeSqlite(ctx, prefix);
    return;
  }
  // Concurrent CREATE … IF NOT EXISTS can still collide on Postgres; instances starting
  // together take turns on a transaction-scoped advisory lock.
  await db.batch([
    { sql: 'SELECT pg_advisory_xact_lock(hashtext(?))', params: [`alipay-escrow:${prefix}`] },
    ...initStatements('postgres', prefix).map(statement),
    ...logColumnsAdded('postgres', prefix).map((added) => statement(added.sql)),
    ...notifyIdStatements('postgres', prefix).map(statement),
    ...sweepStatements('postgres', prefix).map(statement),
  ]);
}

/** SQLite cannot ADD COLUMN IF NOT EXISTS: the log columns of 0002 a probe finds missing. */
async function missingLogColumns(ctx: SqlContext, prefix: string) {
  const missing = [];
  for (const added of logColumnsAdded('sqlite', prefix)) {
    try {
      await ctx.db.all(`SELECT ${added.column} FROM ${ctx.t.log} WHERE 0 = 1`, []);
    } catch {
      missing.push(added);
    }
  }
  return missing;
}

/** 0002 and 0003 on SQLite / D1: the missing columns, then the new tables and indexes, in one batch. */
async function upgradeSqlite(ctx: SqlContext, prefix: string): Promise<void> {
  const rest = [...notifyIdStatements('sqlite', prefix), ...sweepStatements('sqlite', prefix)].map(statement);
  const missing = await missingLogColumns(ctx, prefix);
  try {
    await ctx.db.batch([...missing.map((added) => statement(added.sql)), ...rest]);
  } catch (error) {
    // Another instance may have added a column between the probe and the ALTER: fine if all are there now.
    if ((await missingLogColumns(ctx, prefix)).length > 0) throw error;
    await ctx.db.batch(rest);
  }
}
