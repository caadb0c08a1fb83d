// The slice of Bun's built-in `bun:sqlite` module the Bun-only tests use, declared here so that
// `tsc` (which checks packages/core/test with Node types, without Bun's) accepts them. The real
// module exists only when `bun test` runs them.
declare module 'bun:sqlite' {
  export interface Statement {
    readonly columnNames: string[];
    all(...params: (string | number | null)[]): unknown[];
    run(...params: (string | number | null)[]): { changes: number; lastInsertRowid: number | bigint };
  }

  export class Database {
    constructor(filename?: string);
    query(sql: string): Statement;
    exec(sql: string): void;
    transaction(fn: () => void): (() => void) & { immediate(): void; deferred(): void; exclusive(): void };
    readonly inTransaction: boolean;
    close(): void;
  }
}
