#!/usr/bin/env node
// Checks the published shape of every publishable workspace package (packages/*/package.json
// without "private": true), from what `npm pack` would ship:
//
//   1. the house rules for a published package: "type": "module"; `files`; `engines.node` >= 20; a library
//      (anything with `exports`) has "sideEffects": false and `types` first in every condition
//      object; frameworks (hono, koa, …) only as peerDependencies; workspace dependencies pinned to
//      the version the workspace has (the packages release together);
//   2. publint (strict: its warnings count as errors; suggestions are printed, not fatal);
//   3. one repository: every package's `repository` is the root package.json's (same type and
//      url, `directory` = its own folder, so npm links to it), and core's default error docs link
//      (DOCS_BASE) is the GitHub Pages site of that repository, which .github/workflows/docs.yml
//      deploys;
//   4. @arethetypeswrong/cli `--pack` on every package with entry points, judged as its
//      `--profile esm-only` judges (that profile's two resolutions left out), plus: a package
//      whose tarball holds no type declarations fails (attw alone exits 0 for that).
//
// Why esm-only: the packages ship ESM only ("type": "module", an `exports` map without a
// `require` condition), on purpose — core is Web-API code shared with Workers and Deno, and
// `engines` says Node >= 20. The strict profile would report the two resolutions an ESM-only
// package cannot serve by design: TypeScript's legacy `node10` resolution (it ignores `exports`)
// and `require()` from CommonJS under node16 (CJS users `await import()`, or `require()` on Node
// >= 20.19 where require(esm) is unflagged). Every other problem (types that do not match the
// JavaScript, missing files, false ESM/CJS, unresolved entry points) still fails.
// A bin-only package (no exports, no main) has no entry points for attw; it gets 1 to 3.
//
//   node scripts/check-packages.mjs              every publishable package
//   node scripts/check-packages.mjs hono koa     only those whose folder or name contains a filter
//
// Needs the packages built (`npm run build`): it lints dist/ as packed. Exit 1 on any problem.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = join(root, 'packages');
const attwBin = join(root, 'node_modules', '.bin', 'attw');
/** Never a dependency of ours: the user brings them (peerDependencies). */
const FRAMEWORKS = ['hono', 'koa', '@hono/node-server', '@koa/router', 'wrangler', '@cloudflare/workers-types'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The root package.json's `repository`: the one place the repository URL is written. */
export function rootRepository() {
  return readJson(join(root, 'package.json')).repository;
}

/** `https://github.com/owner/repo` of a `repository` field, or undefined when it is not one. */
export function githubUrlOf(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url;
  const m =
    typeof url === 'string' ? /^(?:git\+)?https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url) : null;
  return m ? `https://github.com/${m[1]}/${m[2]}` : undefined;
}

/** Where docs.yml publishes the site (GitHub Pages of the repository) and so where errors link. */
export function pagesErrorsUrlOf(repository) {
  const github = githubUrlOf(repository);
  if (github === undefined) return undefined;
  const [, owner, repo] = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(github);
  return `https://${owner.toLowerCase()}.github.io/${repo}/errors`;
}

/** Problems with a package's `repository` field, compared with the root's. */
export function repositoryProblems(pkg, folder, repository) {
  if (githubUrlOf(repository) === undefined)
    return [
      'the root package.json has no GitHub "repository" { "type": "git", "url": "git+https://github.com/<owner>/<repo>.git" }.',
    ];
  const expected = { type: repository.type, url: repository.url, directory: folder };
  const got = pkg.repository;
  if (got === undefined)
    return [`"repository" is missing: use ${JSON.stringify(expected)} (the root package.json's, with this folder).`];
  if (
    typeof got !== 'object' ||
    got.type !== expected.type ||
    got.url !== expected.url ||
    got.directory !== expected.directory ||
    Object.keys(got).length !== 3
  ) {
    return [
      `"repository" ${JSON.stringify(got)} differs from the root package.json's: use ${JSON.stringify(expected)}.`,
    ];
  }
  return [];
}

/** Core's default error docs link must be where docs.yml deploys the errors page. */
async function docsBaseProblems(repository) {
  const expected = pagesErrorsUrlOf(repository);
  let core;
  try {
    core = await import('@alipay-escrow/core/errors');
  } catch (error) {
    return [`cannot import @alipay-escrow/core/errors to check DOCS_BASE (build it first): ${error.message}`];
  }
  return core.DOCS_BASE === expected
    ? []
    : [
        `core's DOCS_BASE is ${core.DOCS_BASE}, but the repository's docs site publishes the errors page at ${expected} (packages/core/src/errors/error.ts).`,
      ];
}

/** Every publishable package: { dir, pkg }, sorted by folder. */
export function publishablePackages() {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => ({
      dir: join(packagesDir, entry.name),
      pkg: readJson(join(packagesDir, entry.name, 'package.json')),
    }))
    .filter(({ pkg }) => pkg.private !== true)
    .sort((a, b) => a.dir.localeCompare(b.dir));
}

/** Condition objects in `exports` whose first key is not `types` (when they have one). */
function typesNotFirst(value, path = 'exports') {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const keys = Object.keys(value);
  const here = keys.includes('types') && keys[0] !== 'types' ? [path] : [];
  return [...here, ...keys.flatMap((key) => typesNotFirst(value[key], `${path}[${JSON.stringify(key)}]`))];
}

/** The house rules of check 1 above; returns problems as sentences. */
export function shapeProblems(pkg, workspaceVersions) {
  const problems = [];
  const isLibrary = pkg.exports !== undefined;
  if (pkg.type !== 'module') problems.push('"type" must be "module" (the packages ship ESM).');
  if (!Array.isArray(pkg.files) || pkg.files.length === 0)
    problems.push('"files" must list what is published (dist, README.md…).');
  const node = pkg.engines?.node;
  if (typeof node !== 'string' || !/^>=\s*20(\.0){0,2}$/.test(node.trim()))
    problems.push(`"engines.node" must be ">=20" (got ${JSON.stringify(node)}).`);
  if (isLibrary) {
    if (pkg.sideEffects !== false) problems.push('"sideEffects" must be false (a library: importing it does nothing).');
    for (const path of typesNotFirst(pkg.exports)) problems.push(`${path}: "types" must be the first condition.`);
    if (pkg.main !== undefined || pkg.module !== undefined)
      problems.push('"main"/"module" are not used: "exports" is the only entry map.');
  } else if (pkg.bin === undefined) {
    problems.push('Neither "exports" nor "bin": nothing to import or run.');
  }
  for (const name of FRAMEWORKS) {
    if (pkg.dependencies?.[name] !== undefined)
      problems.push(`${name} is a dependency: frameworks belong in peerDependencies.`);
  }
  for (const [name, range] of Object.entries(pkg.dependencies ?? {})) {
    const version = workspaceVersions.get(name);
    if (version !== undefined && range !== version)
      problems.push(
        `dependency ${name}@${range}: the workspace has ${version}; pin it exactly (they release together).`,
      );
  }
  return problems;
}

async function publintProblems(dir) {
  const { messages, pkg } = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack: 'npm' });
  const format = (m) => `publint ${m.code}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`;
  return {
    problems: messages.filter((m) => m.type !== 'suggestion').map(format),
    notes: messages.filter((m) => m.type === 'suggestion').map(format),
  };
}

/** Resolutions attw's `esm-only` profile leaves out (see the header). */
const ESM_ONLY_IGNORED = new Set(['node10', 'node16-cjs']);

function attwProblems(dir) {
  const run = spawnSync(attwBin, ['--pack', dir, '--format', 'json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) return [`attw could not run: ${run.error.message}`];
  let result;
  try {
    result = JSON.parse(run.stdout);
  } catch {
    return [`attw did not answer JSON (exit ${run.status}): ${`${run.stdout}${run.stderr}`.trim().slice(0, 2000)}`];
  }
  // attw exits 0 for a package without any types; for us that is a problem.
  if (result.analysis?.types === false)
    return [
      'attw: the packed package contains no type declarations (is dist/ built? do the exports point at .d.ts files?).',
    ];
  const problems = Object.values(result.problems ?? {}).flat();
  return problems
    .filter((p) => !ESM_ONLY_IGNORED.has(p.resolutionKind))
    .map(
      (p) =>
        `attw ${p.kind}: entry point ${p.entrypoint ?? '?'}${p.resolutionKind ? ` (${p.resolutionKind})` : ''} — https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/${p.kind}.md`,
    );
}

export async function checkPackages(filters = []) {
  const all = publishablePackages();
  const workspaceVersions = new Map(all.map(({ pkg }) => [pkg.name, pkg.version]));
  const selected = all.filter(
    ({ dir, pkg }) => filters.length === 0 || filters.some((f) => dir.includes(f) || pkg.name.includes(f)),
  );
  if (selected.length === 0)
    throw new Error(`No publishable package matches ${filters.join(', ')} under ${packagesDir}.`);
  const repository = rootRepository();
  const report = [];
  for (const { dir, pkg } of selected) {
    const problems = shapeProblems(pkg, workspaceVersions);
    problems.push(...repositoryProblems(pkg, relative(root, dir).replace(/\\/g, '/'), repository));
    if (pkg.name === '@alipay-escrow/core') problems.push(...(await docsBaseProblems(repository)));
    const lint = await publintProblems(dir);
    problems.push(...lint.problems);
    const hasEntryPoints = pkg.exports !== undefined || pkg.main !== undefined;
    if (hasEntryPoints) problems.push(...attwProblems(dir));
    report.push({ name: pkg.name, dir: relative(root, dir), problems, notes: lint.notes, attw: hasEntryPoints });
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = await checkPackages(process.argv.slice(2));
  let failed = 0;
  for (const { name, dir, problems, notes, attw } of report) {
    const checks = attw
      ? 'shape, publint, attw --profile esm-only'
      : 'shape, publint (bin only: no entry points for attw)';
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${dir}): ${checks}`);
    for (const p of problems) console.log(`     - ${p}`);
    for (const n of notes) console.log(`     note: ${n}`);
    if (problems.length > 0) failed += 1;
  }
  console.log(
    failed === 0 ? `\n${report.length} package(s) ok.` : `\n${failed} of ${report.length} package(s) have problems.`,
  );
  process.exit(failed === 0 ? 0 : 1);
}
