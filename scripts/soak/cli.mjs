// `npm run soak` — the crash-and-scale-out soak run from the command line (built packages).
//
//   npm run soak                                   200 orders on SQLite, one merchant process
//   npm run soak -- --orders 10000 --engine postgres --instances 2
//   options: --orders N  --engine sqlite|postgres  --instances K  --crash-rate P  --seed S
//            --concurrency C  --json FILE (write the figures and violations)
// Postgres: the server at ALIPAY_ESCROW_PG_URL (a fresh schema, dropped after), else PGlite over
// its socket. Exits 1 when the run found a violation.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runSoak } from './harness.mjs';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '200' },
    engine: { type: 'string', default: 'sqlite' },
    instances: { type: 'string' },
    'crash-rate': { type: 'string', default: '0.02' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '16' },
    json: { type: 'string' },
  },
});
if (values.engine !== 'sqlite' && values.engine !== 'postgres') {
  console.error(`--engine ${values.engine}: use sqlite or postgres.`);
  process.exit(2);
}
const result = await runSoak({
  orders: Number(values.orders),
  engine: values.engine,
  instances: Number(values.instances ?? (values.engine === 'postgres' ? 2 : 1)),
  crashRate: Number(values['crash-rate']),
  seed: Number(values.seed),
  concurrency: Number(values.concurrency),
});
console.log(JSON.stringify(result.figures, null, 2));
if (result.violations.length > 0)
  console.log('violations (first 20):', JSON.stringify(result.violations.slice(0, 20), null, 2));
if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
process.exit(result.violations.length > 0 ? 1 : 0);
