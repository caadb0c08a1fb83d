import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BIN } from './run-cli.js';

/** A CLI process that keeps running (the sandbox): its output so far, and how to stop it. */
export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line matching `test` (rejects on exit or after `ms`). */
  line(test: (line: string) => boolean, ms?: number): Promise<string>;
  /** Sends the signal and waits for the exit: the exit code, or the signal that killed it. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startCli(args: readonly string[]): RunningCli {
  if (!existsSync(BIN)) throw new Error(`${BIN} does not exist: build first (npm run build at the repo root).`);
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => {
    done = true;
    for (const w of waiters) w();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    for (const w of waiters) w();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    line(test, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => finish(new Error(`no matching line within ${ms} ms; stdout:\n${out}\nstderr:\n${err}`)),
          ms,
        );
        const check = () => {
          const found = out.split('\n').find((l, i, all) => i < all.length - 1 && test(l));
          if (found !== undefined) finish(undefined, found);
          else if (done) finish(new Error(`the process exited; stdout:\n${out}\nstderr:\n${err}`));
        };
        const finish = (error?: Error, value?: string) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (error) reject(error);
          else resolve(value!);
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGINT') {
      if (!done) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs `fn` with the process and always stops it (SIGKILL if it does not exit). */
export async function withCli<T>(args: readonly string[], fn: (cli: RunningCli) => Promise<T>): Promise<T> {
  const cli = startCli(args);
  try {
    return await fn(cli);
  } finally {
    await cli.stop('SIGKILL').catch(() => {});
  }
}
