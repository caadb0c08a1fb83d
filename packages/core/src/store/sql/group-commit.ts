import { AlipayEscrowError } from '../../errors/error.js';
import type { SqlBatchResult, SqlStatement } from './database.js';

/**
 * What group commit needs from a synchronous SQLite driver (better-sqlite3, `bun:sqlite`): both
 * nest a transaction function called inside another as a SAVEPOINT, roll it back to that
 * savepoint when it throws, and report whether a transaction is still open.
 */
export interface GroupCommitDriver {
  /** Runs `fn` in one `BEGIN IMMEDIATE` … `COMMIT`; rolls back and rethrows when `fn` or the COMMIT throws. */
  transaction(fn: () => void): void;
  /** Runs `fn` in a SAVEPOINT of the open transaction; rolls back to it and rethrows when `fn` throws. */
  savepoint(fn: () => SqlBatchResult[]): SqlBatchResult[];
  /** False once SQLite has ended the transaction by itself (it does on a full disk or an I/O error). */
  inTransaction(): boolean;
  /** Runs one statement and reports it as `batch()` does. */
  execute(statement: SqlStatement): SqlBatchResult;
}

/** A `batch()` call waiting for the next group. */
interface Queued {
  statements: readonly SqlStatement[];
  resolve(results: SqlBatchResult[]): void;
  reject(error: unknown): void;
  results?: SqlBatchResult[];
  failed?: { error: unknown };
}

/**
 * Runs a task in the next macrotask, through a `MessageChannel` where there is one: Node's
 * `setTimeout(…, 0)` waits at least 1 ms, idle time that would cost a group of quick in-process
 * calls more than their SQL, and fake timers (vitest's, sinon's) do not hold a message back. The
 * port listens only while a task waits, so an idle adapter keeps no process alive. Elsewhere,
 * `setTimeout(…, 0)`.
 */
function macrotaskScheduler(): (task: () => void) => void {
  if (typeof MessageChannel !== 'function') return (task) => void setTimeout(task, 0);
  let channel: MessageChannel | undefined;
  let waiting: (() => void) | undefined;
  const onMessage = (): void => {
    channel!.port1.onmessage = null;
    const task = waiting;
    waiting = undefined;
    task?.();
  };
  return (task) => {
    channel ??= new MessageChannel();
    waiting = task;
    channel.port1.onmessage = onMessage;
    channel.port2.postMessage(null);
  };
}

/**
 * A `batch()` that commits many calls together: calls made while a group is waiting join it, and
 * in the next macrotask (see macrotaskScheduler) the whole group runs as one `BEGIN IMMEDIATE` …
 * `COMMIT` — one disk sync for all of them — with each call in its own SAVEPOINT. So:
 *
 * - each call's results are what it would report alone (it runs after the calls queued before it,
 *   exactly as if they had committed one by one in that order);
 * - a call whose statements throw is rolled back to its savepoint and only its promise rejects;
 * - no promise resolves before the COMMIT returned, and if the COMMIT (or the BEGIN) fails, every
 *   call of the group rejects with that error and none of them is applied; the same happens when an
 *   error makes SQLite end the transaction by itself;
 * - the group is applied synchronously, so a read never sees part of one.
 */
export function groupCommitBatch(
  driver: GroupCommitDriver,
): (statements: readonly SqlStatement[]) => Promise<SqlBatchResult[]> {
  let queue: Queued[] = [];
  const schedule = macrotaskScheduler();

  const runOne = (queued: Queued): void => {
    try {
      queued.results = driver.savepoint(() => queued.statements.map(driver.execute));
    } catch (error) {
      // The savepoint is undone and the rest of the group goes on, unless the whole transaction
      // ended with it: then nothing of the group is left to commit.
      if (!driver.inTransaction()) throw error;
      queued.failed = { error };
    }
  };

  const flush = (): void => {
    const group = queue;
    queue = [];
    try {
      driver.transaction(() => group.forEach(runOne));
    } catch (error) {
      for (const queued of group) queued.reject(error);
      return;
    }
    for (const queued of group) {
      if (queued.failed !== undefined) queued.reject(queued.failed.error);
      else queued.resolve(queued.results ?? []);
    }
  };

  return (statements) =>
    new Promise<SqlBatchResult[]>((resolve, reject) => {
      if (queue.length === 0) schedule(flush);
      queue.push({ statements, resolve, reject });
    });
}

/**
 * Reads the `groupCommit` option of an adapter: absent or a boolean; true needs a driver that
 * reports `inTransaction` (better-sqlite3 and `bun:sqlite` do).
 * @throws AlipayEscrowError CONFIG_INVALID otherwise.
 */
export function checkGroupCommit(
  adapter: string,
  value: unknown,
  driver: { readonly inTransaction?: unknown },
): boolean {
  if (value === undefined || value === false) return false;
  if (value !== true) {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `${adapter}'s groupCommit option must be true or false, not ${JSON.stringify(value)}.`,
      {
        field: 'groupCommit',
        hint: 'Pass { groupCommit: true } to commit concurrent writes together, or leave it out.',
      },
    );
  }
  if (typeof driver.inTransaction !== 'boolean') {
    throw new AlipayEscrowError(
      'CONFIG_INVALID',
      `${adapter} with groupCommit needs a database that reports inTransaction; this one does not.`,
      {
        field: 'groupCommit',
        hint: "Pass the driver's own Database object (better-sqlite3 or bun:sqlite), or leave groupCommit out.",
      },
    );
  }
  return true;
}
