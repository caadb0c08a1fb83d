/**
 * The shop's settings, read from the environment (the table in examples/shop/README.md):
 * SHOP_PORT, SANDBOX_PORT, ALIPAY_CHARSET, SHOP_DB, SANDBOX_CHAOS, SANDBOX_TIME_SCALE; and
 * SHOP_ADMIN_PASSWORD, the seller/admin password (drawn at random per run when unset).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Charset } from '@alipay-escrow/core/charset';
import { MIN_PASSWORD_LENGTH } from './security/admin-auth.js';

/** examples/shop/data/shop.db (this file runs from examples/shop/dist/, one level below the package). */
export const DEFAULT_DB = fileURLToPath(new URL('../data/shop.db', import.meta.url));

export class ConfigError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

export interface ShopConfig {
  shopPort: number;
  sandboxPort: number;
  charset: Charset;
  dbFile: string;
  /** The sandbox's chaos in the CLI's `--chaos` syntax. */
  chaos: string | undefined;
  timeScale: number | undefined;
  adminPassword: string | undefined;
}

function readPort(env: Env, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new ConfigError(
      `${name}=${JSON.stringify(text)} is not a port. Give a number from 0 to 65535 (0 takes any free port).`,
    );
  }
  return Number(text);
}

function readCharset(env: Env): Charset {
  const text = (env.ALIPAY_CHARSET ?? '').trim().toLowerCase();
  if (text === '' || text === 'utf-8' || text === 'utf8') return 'utf-8';
  if (text === 'gbk') return 'gbk';
  throw new ConfigError(`ALIPAY_CHARSET=${JSON.stringify(env.ALIPAY_CHARSET)} is not supported. Use utf-8 or gbk.`);
}

function readTimeScale(env: Env): number | undefined {
  const text = env.SANDBOX_TIME_SCALE;
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new ConfigError(
      `SANDBOX_TIME_SCALE=${JSON.stringify(text)} is not a positive number. 60 makes the retry schedule 60 times faster.`,
    );
  }
  return value;
}

function readAdminPassword(env: Env): string | undefined {
  const text = env.SHOP_ADMIN_PASSWORD;
  if (text === undefined || text === '') return undefined;
  if (text.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(
      `SHOP_ADMIN_PASSWORD is ${text.length} characters long. Use at least ${MIN_PASSWORD_LENGTH}, or leave it unset to get a random one printed at start.`,
    );
  }
  return text;
}

/** Throws ConfigError, with what to set instead, for a value it cannot use. */
export function readConfig(env: Env = process.env): ShopConfig {
  const chaos = env.SANDBOX_CHAOS?.trim();
  return {
    shopPort: readPort(env, 'SHOP_PORT', 3000),
    sandboxPort: readPort(env, 'SANDBOX_PORT', 7001),
    charset: readCharset(env),
    dbFile: env.SHOP_DB ? resolve(env.SHOP_DB) : DEFAULT_DB,
    chaos: chaos ? chaos : undefined,
    timeScale: readTimeScale(env),
    adminPassword: readAdminPassword(env),
  };
}

/** The sandbox keeps its trades and credentials next to the shop's file: shop.db → shop.sandbox.db. */
export function sandboxDbFile(dbFile: string): string {
  return dbFile.endsWith('.db') ? `${dbFile.slice(0, -3)}.sandbox.db` : `${dbFile}.sandbox.db`;
}
