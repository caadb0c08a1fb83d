import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SigningCase {
  id: string;
  charset: 'utf-8' | 'gbk';
  key: string;
  params: Record<string, string>;
  presign: string;
  sign: string;
  request_query: string;
  form_fields: [string, string][];
}

export interface NotifyCase {
  id: string;
  charset: 'utf-8' | 'gbk';
  key: string;
  partner: string;
  why: string;
  post_body_urlencoded: string;
  demo_presign: string;
  product_expected_valid: boolean;
}

export interface PeerMd5Case {
  id: string;
  params: Record<string, string>;
  key: string;
  presign?: string;
  sign: string;
  charset?: 'utf-8' | 'gbk';
}

export interface PeerRsaCase {
  id: string;
  source: string;
  presign: string;
  sign: string;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const shared = join(repoRoot, '..', 'shared', 'vectors');
const inRepo = join(repoRoot, 'packages', 'core', 'test', 'fixtures');

/** `<repo>/../shared/vectors` when present (the originals), else the copy in packages/core/test/fixtures. */
export const vectorsDir = existsSync(join(shared, 'oracle-public.json')) ? shared : inRepo;
console.log(`cli tests: vectors from ${vectorsDir}`);

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(vectorsDir, file), 'utf8')) as T;
}

export const oracle = load<{ signing: SigningCase[]; notify: NotifyCase[] }>('oracle-public.json');
export const peer = load<{ md5: PeerMd5Case[]; rsa_sha1: PeerRsaCase[] }>('peer-public.json');

/** The RSA test keys (PEM files) that sit next to the vectors in the core package. */
export const keysDir = join(inRepo, 'keys');
