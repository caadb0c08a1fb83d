import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The vector shapes are the core fixtures' own (one definition for every test that reads them).
import type { OracleFile, PeerFile } from '../../../core/test/fixtures/vectors.js';

export type SigningCase = OracleFile['signing'][number];
export type NotifyCase = OracleFile['notify'][number];
export type PeerMd5Case = PeerFile['md5'][number];
export type PeerRsaCase = PeerFile['rsa_sha1'][number];

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const shared = join(repoRoot, '..', 'shared', 'vectors');
const inRepo = join(repoRoot, 'packages', 'core', 'test', 'fixtures');

/** The original vectors, in a `shared/vectors` folder beside the repository, when present; else the copy in packages/core/test/fixtures. */
export const vectorsDir = existsSync(join(shared, 'oracle-public.json')) ? shared : inRepo;
console.log(`cli tests: vectors from ${vectorsDir}`);

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(vectorsDir, file), 'utf8')) as T;
}

export const oracle = load<OracleFile>('oracle-public.json');
export const peer = load<PeerFile>('peer-public.json');

/** The RSA test keys (PEM files) that sit next to the vectors in the core package. */
export const keysDir = join(inRepo, 'keys');
