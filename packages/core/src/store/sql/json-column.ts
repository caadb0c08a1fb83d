import type { SqlRow } from './database.js';

// Postgres steps return records as json columns (row_to_json, json_agg): pg and PGlite hand them
// over parsed, a driver of your own may hand over the text. Both read the same here.

/** A json column holding one row (or SQL NULL): the row, or undefined. */
export function jsonRow(value: unknown): SqlRow | undefined {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed === null || parsed === undefined ? undefined : (parsed as SqlRow);
}

/** A json column holding an array of rows (or SQL NULL for none). */
export function jsonRows(value: unknown): SqlRow[] {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed) ? (parsed as SqlRow[]) : [];
}

/** Rows in the order of their `seq` column (RETURNING promises no order). */
export function bySeq(rows: SqlRow[]): SqlRow[] {
  return [...rows].sort((a, b) => Number(a['seq']) - Number(b['seq']));
}
