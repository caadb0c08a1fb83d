// Which files are the core's PORTABLE tests: packages/core/test/**/*.test.ts except
// *.node.test.ts (Node-only) and the per-runtime folders test/deno and test/workerd.
// One rule, used by the workerd vitest config, the Deno entry generator and the Deno
// stale-list check, so the three runtimes always run the same files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const RUNTIME_FOLDERS = new Set(['deno', 'workerd', 'fixtures', 'node_modules']);

/** @param {string} name */
export function isPortableTestName(name) {
  return name.endsWith('.test.ts') && !name.endsWith('.node.test.ts');
}

/**
 * Portable test files relative to `testDir`, with '/' separators, sorted.
 * @param {string} testDir absolute path of packages/core/test
 * @returns {string[]}
 */
export function listPortableTestFiles(testDir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} rel */
  const walk = (rel) => {
    for (const entry of readdirSync(join(testDir, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!(rel === '' && RUNTIME_FOLDERS.has(entry.name))) walk(path);
      } else if (entry.isFile() && isPortableTestName(entry.name)) {
        found.push(path);
      }
    }
  };
  walk('');
  return found.sort();
}
