import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built bin, resolved from this file: packages/cli/dist/bin.js. */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface CliRun {
  /** The exit code (null only if the process was killed). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/bin.js ...args` with `stdin` written as bytes, asynchronously (a fake gateway in
 * the same process must keep answering while the CLI runs).
 */
export function runCli(
  args: readonly string[],
  stdin: string | Uint8Array = '',
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} does not exist: build first (npm run build at the repo root).`);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : Buffer.from(stdin));
  });
}

/** The single JSON object a JSON command printed. */
export function jsonOf(run: CliRun): Record<string, unknown> {
  const lines = run.stdout.trim().split('\n');
  if (lines.length !== 1)
    throw new Error(`expected one line of JSON on stdout, got:\n${run.stdout}\nstderr:\n${run.stderr}`);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}
