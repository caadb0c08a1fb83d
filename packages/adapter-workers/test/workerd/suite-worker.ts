// The Worker the workerd tests call (vitest.workerd.config.ts `main`): alipayEscrow with options
// built from env (the suite's merchant over the local D1 binding), a UTF-8 merchant at
// /alipay/*, and a GBK merchant at /gbk/alipay/* reached through the first one's fallback.
import { createSqlStore, d1Database, type D1DatabaseLike } from '@alipay-escrow/core';
import type { Charset } from '@alipay-escrow/core/charset';
import { createSuiteEscrow } from '../../../../tests/adapter-suite/index.js';
import { alipayEscrow } from '../../src/index.js';

export interface SuiteEnv {
  DB: D1DatabaseLike;
}

export const merchantFor = (charset: Charset) => (env: SuiteEnv) =>
  createSuiteEscrow({ charset, store: createSqlStore(d1Database(env.DB)) }).options;

const gbk = alipayEscrow(merchantFor('gbk'), { notifyPath: '/gbk/alipay/notify', returnPath: '/gbk/alipay/return' });

export default alipayEscrow(merchantFor('utf-8'), { fallback: gbk.fetch });
