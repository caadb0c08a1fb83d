import type { SqlDialect } from '../packages/core/src/store/sql/database.js';
import type { Migration } from '../packages/core/src/store/sql/migrations/index.js';

export interface PlannedFile {
  path: string;
  text: string;
}
export interface StaleFile {
  path: string;
  problem: 'differs' | 'missing' | 'not generated';
}
export interface Target {
  dir: string;
  dialect: SqlDialect;
  fileName(id: string): string;
  generated(name: string): boolean;
}
export const ROOT: string;
export const FIX_COMMAND: string;
export const TARGETS: readonly Target[];
export function plannedFiles(
  migrations: readonly Migration[],
  fileText: (dialect: SqlDialect, migration: Migration) => string,
): PlannedFile[];
export function staleFiles(root: string, planned: readonly PlannedFile[]): StaleFile[];
export function staleReport(stale: readonly StaleFile[]): string;
