import type { SqlDialect } from '../database.js';
import type { DialectWords, TableNames } from '../schema.js';

/**
 * A statement that adds a column. Postgres says ADD COLUMN IF NOT EXISTS; SQLite cannot, so
 * migrate() runs it there only when a probe finds the column missing.
 */
export interface AddColumnStep {
  /** The whole ALTER TABLE statement. */
  sql: string;
  /** The table it alters. */
  table: string;
  /** The column it adds. */
  column: string;
}

/** One statement of a migration: plain SQL that is safe to run again, or an added column. */
export type MigrationStep = string | AddColumnStep;

/**
 * One migration of the store's schema, written once for every dialect. It is the single source of
 * what `store.migrate()` runs and of the .sql files shipped for other tools
 * (scripts/gen-migrations.mjs writes them; see ./index.ts).
 */
export interface Migration {
  /**
   * The name of its .sql file, and of this source file (`<id>.ts`). Never rename one: tools
   * that apply the files (wrangler d1 migrations apply, for one) record what they applied by name.
   */
  id: string;
  /** Extra comment lines for the head of its .sql file, per dialect (each starting with `-- `). */
  notes: Record<SqlDialect, readonly string[]>;
  /** Its statements in order, for a dialect's words and the tables of a prefix. */
  steps(words: DialectWords, t: TableNames): MigrationStep[];
}

/** The step that adds `column` to `table`. */
export function addColumn(words: DialectWords, table: string, column: string, type: string): AddColumnStep {
  return { sql: `ALTER TABLE ${table} ADD COLUMN ${words.addColumnIfMissing}${column} ${type}`, table, column };
}

/** The SQL text of a step. */
export const stepSql = (step: MigrationStep): string => (typeof step === 'string' ? step : step.sql);
