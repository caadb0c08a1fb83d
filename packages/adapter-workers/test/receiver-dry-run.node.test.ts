// The receiver example (examples/wrangler.receiver.jsonc) as wrangler bundles it: what a receiver
// never runs must stay out of the upload. The GBK tables and RSA come only as plug-ins; the
// diagnosis of a failed signature runs only when someone asks for it (diagnoseMessage, the CLI),
// never in the handlers; the receiver stores take the pipeline's inputs without the argument
// checks a store written elsewhere gets; MD5 is the compact one, and the log hashes requests with
// WebCrypto's SHA-256 rather than the library's own. (bench/sections/workers-bundle.mjs reports
// the size.)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wrangler } from './wrangler.js';

const receiverConfig = fileURLToPath(new URL('../examples/wrangler.receiver.jsonc', import.meta.url));

describe('wrangler deploy --dry-run of the receiver example', () => {
  it('leaves out GBK, RSA, the signature diagnosis, the unrolled MD5, the JavaScript SHA-256 and the store argument checks', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'alipay-escrow-receiver-dry-run-'));
    try {
      const metafile = join(outdir, 'meta.json');
      const { status, output } = wrangler([
        'deploy',
        '--dry-run',
        '--minify',
        '--outdir',
        outdir,
        '--metafile',
        metafile,
        '-c',
        receiverConfig,
      ]);
      expect([status, output]).toMatchObject([0, expect.stringContaining('--dry-run: exiting now.')]);
      const outputs = Object.values(
        JSON.parse(readFileSync(metafile, 'utf8')).outputs as Record<
          string,
          { entryPoint?: string; inputs: Record<string, unknown> }
        >,
      );
      const inputs = Object.keys(outputs.find((o) => o.entryPoint)!.inputs).map((file) => file.replace(/\\/g, '/'));
      expect(inputs.some((file) => file.endsWith('core/dist/protocol/verify-core.js'))).toBe(true); // the verification is in
      for (const left of [
        'charset/gbk-data.js',
        'crypto/rsa-key.js',
        'protocol/diagnose-signature.js',
        'crypto/sha256.js',
        'crypto/md5.js',
      ]) {
        expect(inputs.filter((file) => file.endsWith(`core/dist/${left}`))).toEqual([]);
      }
      // step-checks.ts lends the SQL steps isClaimable; its checks of receive, commit and settle stay out
      const bundle = readdirSync(outdir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(outdir, f), 'utf8'))
        .join('\n');
      expect(bundle).toContain('success'); // core's ack made it in
      for (const check of ['receive needs {', 'commit needs {', 'settle needs {']) expect(bundle).not.toContain(check);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  }, 90_000);
});
