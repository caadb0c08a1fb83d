// The API reference: TypeDoc (typedoc-plugin-markdown) writes docs/api from the packages' doc
// comments (docs/typedoc.json); the same pages are copied to docs/en/api so that switching the
// language on a reference page lands on a page (the comments are English in both).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
rmSync(`${docs}api`, { recursive: true, force: true });
rmSync(`${docs}en/api`, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [fileURLToPath(new URL('../../node_modules/typedoc/bin/typedoc', import.meta.url)), '--options', 'typedoc.json'],
  { cwd: docs, stdio: 'inherit' },
);
cpSync(`${docs}api`, `${docs}en/api`, { recursive: true });
console.log('docs: API reference written (docs/api, docs/en/api)');
