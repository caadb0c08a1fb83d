// Deno entry for the core's portable tests. Loading the generated module registers every
// portable test file's describe/it blocks (through the vitest shim) as Deno tests.
// portable-files.generated.ts is written by scripts/gen-deno-entry.mjs (`npm run test:deno`
// runs it first) and is gitignored; it is loaded by computed URL so that `tsc` on a fresh
// clone does not need it. A missing or stale list fails this file.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPortableTestFiles } from '../../../../scripts/portable-test-files.mjs';

const generatedUrl = new URL('./portable-files.generated.ts', import.meta.url).href;
const generated: { portableTestFiles: readonly string[] } = await import(generatedUrl).catch((cause: unknown) => {
  throw new Error(
    `${generatedUrl} could not be loaded: run \`node scripts/gen-deno-entry.mjs\` (npm run test:deno does).`,
    { cause },
  );
});

describe('deno entry', () => {
  it('imports every portable test file on disk (re-run scripts/gen-deno-entry.mjs if this fails)', () => {
    const onDisk = listPortableTestFiles(fileURLToPath(new URL('../', import.meta.url)));
    expect(onDisk.length).toBeGreaterThan(0);
    expect([...generated.portableTestFiles]).toEqual(onDisk);
  });
});
