import type { SqlStatement } from './database.js';
import type { SqlContext } from './context.js';
import { MIGRATIONS, migrationSteps } from './migrations/index.js';
import { stepSql, type AddColumnStep, type MigrationStep } from './migrations/migration.js';

const statement = (step: MigrationStep): SqlStatement => ({ sql: stepSql(step), params: [] });
const isAddColumn = (step: MigrationStep): step is AddColumnStep => typeof step !== 'string';

/**
 * Runs every migration of ./migrations/ — on a new database, one made by an older migrate(), or
 * one made by any prefix of the migration files. Every statement is idempotent except SQLite's
 * ADD COLUMN (no IF NOT EXISTS there), which runs only for the columns a probe finds missing.
 */
export async function migrateSchema(ctx: SqlContext, prefix: string): Promise<void> {
  const { db } = ctx;
  const [first = [], ...later] = MIGRATIONS.map((migration) => migrationSteps(migration, db.dialect, prefix));
  if (db.dialect === 'sqlite') {
    // The first migration creates the tables, so the probes of the later ones have something to read.
    await db.batch(first.map(statement));
    await upgradeSqlite(ctx, later.flat());
    return;
  }
  // Concurrent CREATE … IF NOT EXISTS can still collide on Postgres; instances starting
  // together take turns on a transaction-scoped advisory lock.
  await db.batch([
    { sql: 'SELECT pg_advisory_xact_lock(hashtext(?))', params: [`alipay-escrow:${prefix}`] },
    ...[first, ...later].flat().map(statement),
  ]);
}

/** SQLite cannot ADD COLUMN IF NOT EXISTS: the added columns a probe finds missing. */
async function missingColumns(ctx: SqlContext, steps: MigrationStep[]): Promise<AddColumnStep[]> {
  const missing = [];
  for (const step of steps.filter(isAddColumn)) {
    try {
      await ctx.db.all(`SELECT ${step.column} FROM ${step.table} WHERE 0 = 1`, []);
    } catch {
      missing.push(step);
    }
  }
  return missing;
}

/** The later migrations on SQLite / D1, in one batch: the missing columns and every other statement, in order. */
async function upgradeSqlite(ctx: SqlContext, steps: MigrationStep[]): Promise<void> {
  const missing = await missingColumns(ctx, steps);
  try {
    await ctx.db.batch(steps.filter((step) => !isAddColumn(step) || missing.includes(step)).map(statement));
  } catch (error) {
    // Another instance may have added a column between the probe and the ALTER: fine if all are there now.
    if ((await missingColumns(ctx, steps)).length > 0) throw error;
    await ctx.db.batch(steps.filter((step) => !isAddColumn(step)).map(statement));
  }
}
