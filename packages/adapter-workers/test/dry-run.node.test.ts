// `wrangler deploy --dry-run --outdir` bundles the example Worker as a user would deploy it: with
// the compatibility settings of examples/wrangler.jsonc (no nodejs_compat). wrangler only WARNS
// about a `node:` import it cannot provide and leaves it in the bundle, so the test looks for
// both. (bench/sections/workers-bundle.mjs reports the size of the same bundle.)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleConfig, wrangler } from './wrangler.js';

describe('wrangler deploy --dry-run of the example', () => {
  it('bundles without nodejs_compat, with no node: import, the D1 binding and the vars', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'alipay-escrow-dry-run-'));
    try {
      const { status, output } = wrangler(['deploy', '--dry-run', '--minify', '--outdir', outdir, '-c', exampleConfig]);
      expect([status, output]).toMatchObject([0, expect.stringContaining('--dry-run: exiting now.')]);
      expect(output).toMatch(/env\.DB \(alipay-escrow\)\s+D1 Database/);
      expect(output).toContain('env.ALIPAY_PARTNER');
      expect(output).not.toContain('nodejs_compat');
      const modules = readdirSync(outdir).filter((f) => f.endsWith('.js'));
      expect(modules).toEqual(['worker.js']);
      const bundle = readFileSync(join(outdir, 'worker.js'), 'utf8');
      expect(bundle).not.toMatch(/["']node:[a-z_/]+["']/);
      expect(bundle).toContain('success'); // core's ack made it in
      expect(readFileSync(exampleConfig, 'utf8')).not.toMatch(/"compatibility_flags"/);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 90_000);
});
