#!/usr/bin/env node
// `npm run test:bun`: the Bun suites, run by `bun test` (the `bun` devDependency) —
//   - the core's PORTABLE tests (the files scripts/portable-test-files.mjs lists, as Deno and workerd run),
//   - packages/core/test/bun/*.bun.ts: Bun-only tests (the runtime itself, bunSqliteDatabase and the
//     store contract on bun:sqlite),
//   - packages/adapter-hono/test/bun/*.bun.ts: the adapter behaviour suite for Hono on Bun.serve.
// `bun test` maps `import … from 'vitest'` to its own bun:test, so the files run unchanged, no shim.
// So that the run cannot silently run less than it should, this script reads bun's JUnit report and
// fails unless every portable file ran exactly the tests `vitest list` finds in it, every Bun-only
// file ran at least one test, and nothing failed or was skipped.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPortableTestFiles } from './portable-test-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const bunOnlyDirs = ['packages/core/test/bun', 'packages/adapter-hono/test/bun'];

const portable = listPortableTestFiles(join(root, 'packages/core/test')).map((file) => `packages/core/test/${file}`);
const bunOnly = bunOnlyDirs.flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.bun.ts'))
    .map((name) => `${dir}/${name}`),
);
if (portable.length === 0 || bunOnly.length === 0)
  fail(`found ${portable.length} portable and ${bunOnly.length} Bun-only test files; expected some of each.`);

const work = mkdtempSync(join(tmpdir(), 'alipay-escrow-test-bun-'));
const junitFile = join(work, 'junit.xml');
const listFile = join(work, 'vitest-list.json');

function run(command, args, stdio) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function fail(message) {
  console.error(`test:bun: ${message}`);
  process.exit(1);
}

try {
  const started = Date.now();
  // Both at once: vitest only collects (no test runs), bun runs everything.
  const [listed, ran] = await Promise.all([
    run(bin('vitest'), ['list', '--project', 'core', `--json=${listFile}`, ...portable], ['ignore', 'ignore', 'pipe']),
    run(
      bin('bun'),
      [
        'test',
        '--timeout',
        '30000',
        '--reporter=junit',
        `--reporter-outfile=${junitFile}`,
        ...[...portable, ...bunOnly].map((file) => `./${file}`),
      ],
      ['ignore', 'inherit', 'inherit'],
    ),
  ]);
  if (ran.code !== 0) fail(`bun test exited with code ${ran.code}.`);
  if (listed.code !== 0) fail(`vitest list exited with code ${listed.code}:\n${listed.stderr}`);

  /** @type {Map<string, number>} */
  const expected = new Map();
  for (const test of JSON.parse(readFileSync(listFile, 'utf8'))) {
    const file = relative(root, test.file).split('\\').join('/');
    expected.set(file, (expected.get(file) ?? 0) + 1);
  }

  const junit = readFileSync(junitFile, 'utf8');
  const top = /<testsuites\b[^>]*\btests="(\d+)"[^>]*\bfailures="(\d+)"[^>]*\bskipped="(\d+)"/.exec(junit);
  if (top === null) fail(`no <testsuites> summary in bun's JUnit report ${junitFile}.`);
  const [total, failures, skipped] = top.slice(1).map(Number);
  if (failures !== 0 || skipped !== 0)
    fail(`bun reports ${failures} failed and ${skipped} skipped test(s); none may be.`);
  /** @type {Map<string, number>} */
  const actual = new Map();
  for (const match of junit.matchAll(/<testcase\b[^>]*\bfile="([^"]+)"/g))
    actual.set(match[1], (actual.get(match[1]) ?? 0) + 1);

  const problems = [];
  for (const file of portable) {
    const want = expected.get(file) ?? 0;
    const got = actual.get(file) ?? 0;
    if (want === 0) problems.push(`${file}: vitest lists no test in it`);
    else if (got !== want) problems.push(`${file}: bun ran ${got} test(s), vitest lists ${want}`);
  }
  for (const file of bunOnly) if ((actual.get(file) ?? 0) === 0) problems.push(`${file}: bun ran no test in it`);
  const ranFiles = [...actual.keys()].sort();
  const extra = ranFiles.filter((file) => !portable.includes(file) && !bunOnly.includes(file));
  if (extra.length > 0) problems.push(`bun ran files it was not given: ${extra.join(', ')}`);
  if (problems.length > 0) fail(`the Bun run does not match what it should run:\n  ${problems.join('\n  ')}`);

  const portableTests = portable.reduce((sum, file) => sum + (actual.get(file) ?? 0), 0);
  console.log(
    `test:bun: ${total} passed, 0 failed in ${ranFiles.length} files — ${portable.length} portable files (${portableTests} tests, as vitest lists them) ` +
      `and ${bunOnly.length} Bun-only files (${total - portableTests} tests) — in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
