// Adds up the pass/fail counts that vitest ("Tests  12 failed | 700 passed (712)"), deno test
// ("ok | 682 passed | 0 failed") and scripts/test-bun.mjs ("test:bun: 1174 passed, 0 failed") print, and prints one plain line: "tests: N passed, N failed".
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
let passed = 0;
let failed = 0;
for (const line of text.split('\n')) {
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1])?.[1] ?? 0);
    continue;
  }
  const bun = /^test:bun: (\d+) passed, (\d+) failed/.exec(line.trim());
  if (bun) {
    passed += Number(bun[1]);
    failed += Number(bun[2]);
    continue;
  }
  const deno = /^(?:ok|FAILED) \| (\d+) passed(?: \(\d+ steps?\))? \| (\d+) failed/.exec(line.trim());
  if (deno) {
    passed += Number(deno[1]);
    failed += Number(deno[2]);
  }
}
if (passed + failed === 0) {
  console.error('sum-test-counts: no test summary found in the output: did any suite run?');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exit(1);
