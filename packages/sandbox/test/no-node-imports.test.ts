// The web app (everything but src/node.ts and src/node/) runs on any runtime with Web APIs: no node: imports,
// no Buffer, no process.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('web app portability', () => {
  const web = files(SRC).filter((f) => relative(SRC, f) !== 'node.ts' && !relative(SRC, f).startsWith('node/'));
  it('covers the sources', () => {
    expect(web.length).toBeGreaterThan(20);
  });
  for (const file of web) {
    it(`${relative(SRC, file)} uses Web APIs only`, () => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(/from ['"]node:|import\(['"]node:|require\(/);
      expect(code).not.toMatch(/\bBuffer\b|\bprocess\./);
      expect(code).not.toMatch(/from ['"]better-sqlite3['"]/);
    });
  }
});
