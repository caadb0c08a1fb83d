// The soak figures for bench/ (scripts/soak/README.md): a crash-and-scale-out run of 10,000
// orders on SQLite (one merchant process) and on Postgres (two processes behind one database:
// ALIPAY_ESCROW_PG_URL, else PGlite over its socket), written to bench/out/soak.json.
//
//   node bench/soak.mjs                      both runs, 10,000 orders each (tens of minutes)
//   node bench/soak.mjs --orders 1000        smaller runs
//   node bench/soak.mjs --engine sqlite      one engine only
//
// It is not a section of bench/run.mjs (a section returns in seconds); run it on its own after
// `npm run build`. Exits 1 when a run found a violation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runSoak } from '../scripts/soak/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '10000' },
    engine: { type: 'string' },
    'crash-rate': { type: 'string', default: '0.005' },
  },
});
const orders = Number(values.orders);
const runs = [
  { engine: 'sqlite', instances: 1 },
  { engine: 'postgres', instances: 2 },
].filter((r) => values.engine === undefined || r.engine === values.engine);

const results = [];
for (const run of runs) {
  const { figures, violations } = await runSoak({
    orders,
    engine: run.engine,
    instances: run.instances,
    crashRate: Number(values['crash-rate']),
    seed: 2026,
    concurrency: 32,
  });
  const row = {
    engine: figures.engine,
    instances: figures.instances,
    orders: figures.orders,
    notifications: figures.notifications,
    deliveries: figures.deliveries,
    crashes: figures.crashes,
    crashesByPoint: figures.crashesByPoint,
    restarts: figures.restarts,
    reruns: figures.reruns,
    reconciled: figures.reconciled,
    wallSeconds: Math.round(figures.wallMs / 100) / 10,
    violations: violations.length,
  };
  results.push({ ...row, figures, violationList: violations.slice(0, 50) });
  console.log(
    `${row.engine} ×${row.instances}: ${row.orders} orders, ${row.deliveries} deliveries, ${row.crashes} crashes (${Object.entries(
      row.crashesByPoint,
    )
      .map(([p, n]) => `${p} ${n}`)
      .join(
        ', ',
      )}), ${row.restarts} restarts, ${row.reruns} re-runs, ${row.reconciled} reconciled, ${row.wallSeconds} s, ${row.violations} violations`,
  );
}
mkdirSync(join(here, 'out'), { recursive: true });
writeFileSync(
  join(here, 'out', 'soak.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, runs: results }, null, 2)}\n`,
);
process.exit(results.some((r) => r.violations > 0) ? 1 : 0);
