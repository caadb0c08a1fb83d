// Human-readable rendering of values in failure messages.
import { inspect } from 'node:util';

export function show(value: unknown): string {
  return inspect(value, { depth: 6, breakLength: 100 });
}
