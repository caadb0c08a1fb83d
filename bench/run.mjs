// Runs every bench/sections/*.mjs, prints one table, and writes the run's results to
// bench/out/results.json (git ignores bench/out, so a run leaves the work tree clean).
//
//   npm run bench                 builds the packages, then runs all sections
//   npm run bench -- --record     the same, and copies the results to bench/results.json: the
//                                 committed record that docs/guide/performance.md quotes
//   node bench/run.mjs md5 gbk    runs only the sections whose file name contains a filter;
//                                 prints the table but writes no results
//
// A section exports `async function run(h)` where `h` is bench/lib.mjs ({ measure, compare,
// ratio }), and returns `{ rows: [{ name, opsPerSec?, ratio? }], results: { key: number } }`.
// Sections import the built packages (packages/*/dist), not the TypeScript sources.

import { cpus } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as h from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const sectionsDir = join(here, 'sections');
const outDir = join(here, 'out');
const resultsPath = join(outDir, 'results.json');
const recordPath = join(here, 'results.json');
const coreDist = join(here, '..', 'packages', 'core', 'dist');

const args = process.argv.slice(2);
const record = args.includes('--record');
const filters = args.filter((a) => a !== '--record');
if (record && filters.length > 0) {
  console.error('--record records a full run only: drop the section filters.');
  process.exit(1);
}
const files = readdirSync(sectionsDir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error(`No section matches ${filters.join(', ')} in ${sectionsDir}.`);
  process.exit(1);
}
if (!existsSync(coreDist)) {
  console.error('packages/core/dist is missing: run `npm run bench` (it builds first) or `npm run build`.');
  process.exit(1);
}

const fmtOps = (n) => Math.round(n).toLocaleString('en-US');
const fmtRatio = (n) => `${n.toFixed(3)}x`;
const round3 = (n) => Math.round(n * 1000) / 1000;

const table = [];
const results = {};
const started = performance.now();

for (const file of files) {
  const t0 = performance.now();
  const mod = await import(pathToFileURL(join(sectionsDir, file)).href);
  if (typeof mod.run !== 'function') throw new Error(`${file} must export async function run(h)`);
  const out = await mod.run(h);
  if (!out || !Array.isArray(out.rows) || typeof out.results !== 'object') {
    throw new Error(`${file}: run(h) must return { rows: [...], results: {...} }`);
  }
  for (const [key, value] of Object.entries(out.results)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`${file}: results.${key} must be a finite number, got ${value}`);
    }
    if (key in results) throw new Error(`${file}: results key ${key} is already used by another section`);
    results[key] = round3(value);
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  table.push({ section: `${file} (${seconds} s)` });
  for (const row of out.rows) table.push(row);
}

const nameWidth = Math.max(4, ...table.map((r) => (r.section ?? `  ${r.name}`).length));
const line = (a, b, c) => `${a.padEnd(nameWidth)}  ${b.padStart(14)}  ${c.padStart(9)}`;
console.log(line('name', 'ops/s', 'ratio'));
console.log('-'.repeat(nameWidth + 27));
for (const r of table) {
  if (r.section) console.log(`\n${r.section}`);
  else {
    console.log(
      line(
        `  ${r.name}`,
        typeof r.opsPerSec === 'number' ? fmtOps(r.opsPerSec) : '',
        typeof r.ratio === 'number' ? fmtRatio(r.ratio) : '',
      ),
    );
  }
}
console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);

if (filters.length === 0) {
  const json = {
    ...results,
    measured_at: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${resultsPath}`);
  if (record) {
    copyFileSync(resultsPath, recordPath);
    console.log(`Recorded ${recordPath} (commit it with the change it measures)`);
  }
} else {
  console.log('Filtered run: no results written.');
}
