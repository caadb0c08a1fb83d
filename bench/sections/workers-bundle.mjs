// What a Cloudflare Worker pays for the library: two example Workers in
// packages/adapter-workers/examples, each bundled by `wrangler deploy --dry-run --minify --outdir`
// (what would be uploaded), then gzipped with node:zlib at level 9 (what the size limit counts,
// give or take the gzip level):
//   worker.ts           the full entry (@alipay-escrow/core + @alipay-escrow/workers): createEscrow,
//                       so payment building, signed gateway calls, XML, GBK and RSA are all in
//   receiver-worker.ts  the receiver entries (@alipay-escrow/core/receiver +
//                       @alipay-escrow/workers/receiver): notify and return only, no plug-ins,
//                       on createSqliteReceiverStore (the receiver's steps in SQLite's SQL);
//                       its config sets `keep_names: false`, so it is also bundled once with
//                       wrangler's default (keep_names on) to show what that setting is worth
// Both use a D1 store. Results: workers_bundle_gzip_bytes, workers_receiver_bundle_gzip_bytes
// (target ≤ 20 KB), workers_receiver_keep_names_gzip_bytes (the same Worker with keep_names on),
// workers_receiver_vs_full (receiver ÷ full, gzip), and the minified sizes.
// Rows show the heaviest core folders of each (minified bytes from esbuild's metafile) and
// whether the GBK tables or the RSA key parser made it into the bundle.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'packages', 'adapter-workers');
const wrangler = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const RECEIVER_TARGET = 20 * 1024;

/**
 * A copy of an example's config with `keep_names` on (wrangler's default), in `dir`: the paths in
 * it made absolute, since they are relative to the config file.
 */
function keepNamesConfig(config, dir) {
  const examples = join(pkg, 'examples');
  // The examples' configs have whole-line comments only.
  const parsed = JSON.parse(readFileSync(join(examples, config), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
  parsed.main = join(examples, parsed.main);
  for (const d1 of parsed.d1_databases ?? [])
    if (d1.migrations_dir) d1.migrations_dir = join(examples, d1.migrations_dir);
  const file = join(dir, 'wrangler.keep-names.json');
  writeFileSync(file, JSON.stringify({ ...parsed, keep_names: true }));
  return file;
}

function bundle(config, { keepNames = false } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'workers-bundle-'));
  const configFile = keepNames
    ? keepNamesConfig(config, mkdtempSync(join(tmpdir(), 'workers-config-')))
    : join(pkg, 'examples', config);
  try {
    const meta = join(out, 'meta.json');
    const args = [wrangler, 'deploy', '--dry-run', '--minify', '--outdir', out, '--metafile', meta, '-c', configFile];
    const result = spawnSync(process.execPath, args, {
      cwd: pkg,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    });
    if (result.status !== 0)
      throw new Error(
        `wrangler deploy --dry-run -c ${config} failed (${result.status ?? result.signal}):\n${result.stderr}\n${result.stdout}`,
      );

    const modules = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
    const bytes = Buffer.concat(modules.map((f) => readFileSync(join(out, f))));
    const inputs =
      Object.values(JSON.parse(readFileSync(meta, 'utf8')).outputs).find((o) => o.entryPoint)?.inputs ?? {};
    const byFolder = {};
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
      const core = /core\/dist\/([^/]+)\//.exec(file);
      const group = core ? `core/${core[1]}` : /adapter-workers\/(src|dist)\//.test(file) ? 'adapter' : 'example';
      byFolder[group] = (byFolder[group] ?? 0) + bytesInOutput;
    }
    const files = Object.keys(inputs);
    return {
      min: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      heaviest: Object.entries(byFolder)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5),
      gbk: files.some((f) => f.includes('charset/gbk-data')),
      rsa: files.some((f) => f.includes('crypto/rsa-key')),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (keepNames) rmSync(dirname(configFile), { recursive: true, force: true });
  }
}

export async function run() {
  if (!existsSync(join(pkg, 'dist', 'receiver.js'))) {
    throw new Error(
      'packages/adapter-workers/dist is missing or stale: run `npm run bench` (it builds first) or `npm run build`.',
    );
  }
  const full = bundle('wrangler.jsonc');
  const receiver = bundle('wrangler.receiver.jsonc');
  const receiverKeepNames = bundle('wrangler.receiver.jsonc', { keepNames: true });
  if (!full.gbk || !full.rsa)
    throw new Error('the full Worker bundle lacks the GBK tables or RSA: createEscrow must include both');
  const has = (b) =>
    [b.gbk ? 'GBK tables' : null, b.rsa ? 'RSA' : null].filter(Boolean).join(' + ') || 'neither GBK nor RSA';
  const rows = (name, b, total) => [
    { name: `${name}: ${b.min} B minified, ${b.gzip} B gzip; ${has(b)}` },
    ...b.heaviest.map(([group, size]) => ({
      name: `  ${group}: ${size} B minified (ratio: share of the bundle)`,
      ratio: size / total,
    })),
  ];
  return {
    rows: [
      ...rows('full worker (createEscrow)', full, full.min),
      ...rows('receiver worker (createReceiver, no plug-ins)', receiver, receiver.min),
      {
        name: `receiver with keep_names on (wrangler's default): ${receiverKeepNames.min} B minified, ${receiverKeepNames.gzip} B gzip`,
      },
      { name: 'receiver ÷ full, gzip', ratio: receiver.gzip / full.gzip },
      { name: `receiver gzip vs the ${RECEIVER_TARGET / 1024} KB target`, ratio: receiver.gzip / RECEIVER_TARGET },
    ],
    results: {
      workers_bundle_gzip_bytes: full.gzip,
      workers_bundle_min_bytes: full.min,
      workers_receiver_bundle_gzip_bytes: receiver.gzip,
      workers_receiver_bundle_min_bytes: receiver.min,
      workers_receiver_keep_names_gzip_bytes: receiverKeepNames.gzip,
      workers_receiver_vs_full: receiver.gzip / full.gzip,
    },
  };
}
