import type { CliIo } from './io.js';

/** Commands that print JSON print exactly one object on one line. */
export function writeJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value)}\n`);
}
