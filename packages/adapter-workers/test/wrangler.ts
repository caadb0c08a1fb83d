// Runs the wrangler CLI of the workspace (the pinned 4.86.0) with telemetry off and bounded time.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const exampleConfig = fileURLToPath(new URL('../examples/wrangler.jsonc', import.meta.url));
const cli = fileURLToPath(new URL('../../../node_modules/wrangler/bin/wrangler.js', import.meta.url));
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };

/** `wrangler <args>` to completion (stdin closed: prompts take their non-interactive default). */
export function wrangler(args: string[], timeoutMs = 60_000): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: packageDir,
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * `wrangler <args>` in a session and process group of its own (spawn's `detached` is setsid), so
 * that stop() can end wrangler AND the workerd processes it starts: killing wrangler's pid alone
 * leaves workerd running.
 */
export function startWrangler(args: string[]): {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
} {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: packageDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const group = child.pid!;
  const alive = (): boolean => {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async (): Promise<void> => {
    for (const [signal, waitMs] of [
      ['SIGTERM', 5_000],
      ['SIGKILL', 5_000],
    ] as const) {
      if (!alive()) return;
      process.kill(-group, signal);
      for (const until = Date.now() + waitMs; alive() && Date.now() < until; )
        await new Promise((r) => setTimeout(r, 50));
    }
    if (alive()) throw new Error(`process group ${group} survived SIGKILL`);
  };
  return { child, output: () => output, stop };
}
