// Keeps merchant processes running: forks scripts/soak/merchant.mjs, learns its port over IPC,
// and replaces it whenever it dies — by a warm spare (one of two processes already started and listening,
// the way a process manager keeps one ready), so a restart costs no Node start-up. A SIGKILL from
// the crash plan is counted as a kill; any other death is an unexpected exit (a merchant must
// never die on its own). SOAK_DEBUG=1 traces forks and exits.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MERCHANT = fileURLToPath(new URL('./merchant.mjs', import.meta.url));
/** Warm spares kept per instance: two, so crashes in quick succession still restart at once. */
const SPARES = 2;
const trace = (what) => process.env.SOAK_DEBUG && console.error(`[supervisor] ${what}`);

/** One supervised merchant instance; `port` is null while it is down. */
export class MerchantInstance {
  constructor(name, plan) {
    this.name = name;
    this.plan = { ...plan, instance: name };
    this.port = null;
    this.kills = 0;
    this.restarts = 0;
    this.unexpectedExits = [];
    this.stopping = false;
    this.child = null;
    this.spares = [];
    this.failedStarts = 0;
    this.broken = null;
  }

  /** Forks a process; resolves to `{ child, port }` once it listens (rejects if it dies first). */
  spawn() {
    return new Promise((resolve, reject) => {
      const child = fork(MERCHANT, [], {
        env: { ...process.env, SOAK_MERCHANT: JSON.stringify(this.plan) },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      trace(`forked ${this.name} ${child.pid}`);
      child.on('message', (m) => {
        if (m?.type === 'ready') resolve({ child, port: m.port });
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        trace(`${this.name} ${child.pid} exited ${code} ${signal}`);
        reject(new Error(`merchant ${child.pid} exited (${code ?? signal}) before listening`));
        if (child === this.child) this.died(code, signal);
        else if (this.spares.some((s) => s.child === child) && !this.stopping) {
          this.spares = this.spares.filter((s) => s.child !== child);
          this.unexpectedExits.push({ code, signal, spare: true });
        }
      });
    });
  }

  /** Starts the instance and its spares; resolves once they listen. */
  async start() {
    const [first, ...spares] = await Promise.all(Array.from({ length: 1 + SPARES }, () => this.spawn()));
    this.promote(first);
    this.spares = spares;
  }

  promote({ child, port }) {
    this.child = child;
    this.port = port;
  }

  died(code, signal) {
    this.port = null;
    this.child = null;
    if (this.stopping) return;
    if (signal === 'SIGKILL') this.kills++;
    else this.unexpectedExits.push({ code, signal });
    this.restarts++;
    const spare = this.spares.shift();
    if (spare !== undefined) this.promote(spare);
    this.refill(spare === undefined);
  }

  /** Starts the next spare (or, with `promote`, the instance itself when no spare was ready). */
  refill(promote) {
    const pending = this.spawn().then((started) => {
      this.failedStarts = 0;
      if (this.stopping) started.child.kill('SIGTERM');
      else if (promote || this.child === null) {
        this.promote(started);
        this.refill(false);
      } else this.spares.push(started);
    });
    pending.catch((e) => {
      if (this.stopping) return;
      this.unexpectedExits.push({ code: null, signal: null, error: String(e) });
      // A merchant that cannot start (e.g. the packages are being rebuilt) is retried a few
      // times, then the run fails instead of forking forever.
      if (++this.failedStarts < 10) setTimeout(() => this.refill(promote), 500);
      else this.broken = new Error(`merchant ${this.name} failed to start 10 times in a row: ${String(e)}`);
    });
  }

  /** Resolves once the instance listens (at once when it does). */
  async up() {
    while (this.port === null && !this.stopping) {
      if (this.broken !== null) throw this.broken;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Stops the instance and its spare for good (SIGTERM), waiting for them to exit. */
  async stop() {
    this.stopping = true;
    const children = [this.child, ...this.spares.map((s) => s.child)].filter(
      (c) => c != null && c.exitCode === null && c.signalCode === null,
    );
    this.port = null;
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}
