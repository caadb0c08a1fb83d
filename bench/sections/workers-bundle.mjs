// The size a Cloudflare Worker pays for @alipay-escrow/core + @alipay-escrow/workers: the example
// Worker (packages/adapter-workers/examples) bundled by `wrangler deploy --dry-run --minify
// --outdir`, then gzipped with node:zlib at level 9 (what the upload limit counts, give or take
// the gzip level). Result: workers_bundle_gzip_bytes (target ≤ 15 KiB). The GBK table is built at
// run time from TextDecoder('gbk'), so it is not in the bundle.
// Rows also show the heaviest core folders (minified bytes from esbuild's metafile).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = join(root, 'packages', 'adapter-workers');
const wrangler = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
const TARGET = 15 * 1024;

export async function run() {
  if (!existsSync(join(pkg, 'dist', 'index.js'))) {
    throw new Error('packages/adapter-workers/dist is missing: run `npm run bench` (it builds first) or `npm run build`.');
  }
  const out = mkdtempSync(join(tmpdir(), 'workers-bundle-'));
  try {
    const meta = join(out, 'meta.json');
    const args = [wrangler, 'deploy', '--dry-run', '--minify', '--outdir', out, '--metafile', meta, '-c', join(pkg, 'examples', 'wrangler.jsonc')];
    const result = spawnSync(process.execPath, args, {
      cwd: pkg,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
    });
    if (result.status !== 0) throw new Error(`wrangler deploy --dry-run failed (${result.status ?? result.signal}):\n${result.stderr}\n${result.stdout}`);

    const modules = readdirSync(out).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
    const bytes = Buffer.concat(modules.map((f) => readFileSync(join(out, f))));
    const gzip = gzipSync(bytes, { level: 9 }).length;

    const inputs = Object.values(JSON.parse(readFileSync(meta, 'utf8')).outputs).find((o) => o.entryPoint)?.inputs ?? {};
    const byFolder = {};
    for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
      const core = /core\/dist\/([^/]+)\//.exec(file);
      const group = core ? `core/${core[1]}` : /adapter-workers\/(src|dist)\//.test(file) ? 'adapter' : 'example';
      byFolder[group] = (byFolder[group] ?? 0) + bytesInOutput;
    }
    const heaviest = Object.entries(byFolder).sort((a, b) => b[1] - a[1]).slice(0, 6);
    return {
      rows: [
        { name: `worker bundle: ${bytes.length} B minified, ${gzip} B gzip (ratio: vs 15 KiB target)`, ratio: gzip / TARGET },
        ...heaviest.map(([group, size]) => ({ name: `${group}: ${size} B minified (ratio: share of the bundle)`, ratio: size / bytes.length })),
      ],
      results: { workers_bundle_gzip_bytes: gzip, workers_bundle_min_bytes: bytes.length },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
