/**
 * A reader's new project, made from the files a page shows: written to a temp folder outside the
 * workspace, its `@alipay-escrow/*` packages installed from `npm pack` tarballs (what the registry
 * would serve), everything else from the npm cache (`--prefer-offline`; the registry only for what
 * the cache lacks), then the page's own npm scripts run in it.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageFile } from './built-pages.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The folders under packages/ of every published `@alipay-escrow/*` package (a new one is packed too). */
function publishedPackages(): string[] {
  return readdirSync(join(ROOT, 'packages')).filter((dir) => {
    const path = join(ROOT, 'packages', dir, 'package.json');
    if (!existsSync(path)) return false;
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { name?: string; private?: boolean };
    return manifest.name?.startsWith('@alipay-escrow/') === true && manifest.private !== true;
  });
}

/** The environment of a user's shell: no npm_* variables inherited from `npm test` (workspace flags…). */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

export function run(
  command: string,
  args: string[],
  cwd: string,
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): string {
  const result = spawnSync(command, args, {
    cwd,
    env: userEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
  });
  if (result.error) throw new Error(`${command} ${args.join(' ')} could not run: ${result.error.message}`);
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${result.stdout}\n${result.stderr}`,
    );
  return `${result.stdout}${result.stderr}`;
}

export interface Packed {
  dir: string;
  /** package name → tarball path */
  tarballs: Record<string, string>;
  /** package name → version */
  versions: Record<string, string>;
}

/** `npm pack` of every workspace package (their dist/ must be built) into a new temp folder. */
export function packWorkspace(): Packed {
  const PACKAGES = publishedPackages();
  if (!PACKAGES.includes('core')) throw new Error('packages/core is not found: is this the alipay-escrow workspace?');
  for (const dir of PACKAGES) {
    if (!existsSync(join(ROOT, 'packages', dir, 'dist')))
      throw new Error(`packages/${dir}/dist is missing: run \`npm run build\` at the root first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'alipay-escrow-pages-'));
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', dir, ...PACKAGES.map((p) => join(ROOT, 'packages', p))], dir),
  ) as { name: string; version: string; filename: string }[];
  return {
    dir,
    tarballs: Object.fromEntries(packed.map((p) => [p.name, join(dir, p.filename)])),
    versions: Object.fromEntries(packed.map((p) => [p.name, p.version])),
  };
}

/** Writes the page's files into `dir`; a title that would leave the folder is refused. */
export function writeProject(dir: string, files: PageFile[]): void {
  for (const file of files) {
    const path = normalize(file.path);
    if (isAbsolute(path) || path.startsWith('..'))
      throw new Error(`the tab title ${file.path} is not a path inside the project`);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), file.text);
  }
}

type Manifest = {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
};

/** The `@alipay-escrow/*` entries of the page's package.json, with the range it asks for. */
export function ourDependencies(dir: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  return Object.fromEntries(
    Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).filter(([name]) =>
      name.startsWith('@alipay-escrow/'),
    ),
  );
}

/**
 * `npm install` in the project with every `@alipay-escrow/*` package (asked for directly or by
 * another of ours) served by its tarball, as the registry would serve the release: the page's
 * ranges are replaced by the tarball (the test checks them against the packed versions first) and
 * `overrides` points the packages' own dependencies on each other at the tarballs too.
 */
export function installFromTarballs(dir: string, packed: Packed): string {
  const path = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      const tarball = packed.tarballs[name];
      if (tarball) manifest[field]![name] = `file:${tarball}`;
      else if (name.startsWith('@alipay-escrow/')) throw new Error(`${name} is not a package of this workspace`);
    }
  }
  manifest.overrides = {
    ...manifest.overrides,
    ...Object.fromEntries(Object.entries(packed.tarballs).map(([name, tarball]) => [name, `file:${tarball}`])),
  };
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  const output = run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
    dir,
    { timeoutMs: 240_000 },
  );
  // better-sqlite3 compiles or downloads its native binding in an install script, which needs the
  // internet; the workspace's binding (same version, same Node) stands in for that one step.
  const sqlite = join(dir, 'node_modules', 'better-sqlite3');
  if (existsSync(sqlite)) {
    const ours = join(ROOT, 'node_modules', 'better-sqlite3');
    const version = (p: string) =>
      (JSON.parse(readFileSync(join(p, 'package.json'), 'utf8')) as { version: string }).version;
    if (version(sqlite) !== version(ours))
      throw new Error(
        `better-sqlite3 ${version(sqlite)} installed, the workspace has ${version(ours)}: no native binding to reuse`,
      );
    cpSync(join(ours, 'build'), join(sqlite, 'build'), { recursive: true });
  }
  return output;
}

/** True when `path` resolves to a real folder outside the workspace (not a link back into it). */
export function outsideWorkspace(path: string): boolean {
  return !realpathSync(path).startsWith(realpathSync(ROOT));
}

/** A folder holding only a `deno` command (the workspace's binary from npm), for a PATH that lacks one. */
export function denoOnPath(dir: string): string {
  const bin = join(dir, 'deno-bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules', '.bin', 'deno'), join(bin, 'deno'));
  return bin;
}
