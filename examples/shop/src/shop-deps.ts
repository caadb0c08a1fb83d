/** What the shop's app is built from (shop.ts), and what each group of routes gets (app.ts). */
import type { Escrow, EscrowStore, SignatureKeys } from '@alipay-escrow/core';
import type { Charset } from '@alipay-escrow/core/charset';
import type { NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ShopContext } from './hono-env.js';
import type { Html } from './html.js';
import type { AdminSessions } from './security/admin-auth.js';
import type { CsrfTokens } from './security/csrf.js';
import type { ShopDb } from './shop-db.js';

/** What the log page needs to diagnose a rejected entry (core's diagnoseMessage). */
export interface DiagnosisDeps {
  store: EscrowStore;
  keys: SignatureKeys;
  charset: Charset;
}

/** What the log page needs to show one entry. */
export interface LogViewDeps {
  getLog(id: string): Promise<NotificationLogEntry | undefined>;
  /** The shop's charset: the one notifications and returns come in. */
  charset: Charset;
}

export interface ShopDeps {
  escrow: Escrow;
  shopDb: ShopDb;
  /** The sandbox's own pages (buyer and seller centers). */
  sandboxUrl: string;
  /** The sandbox buyer the order page links the buyer center for. */
  buyerLogin: string;
  /** The seller/admin password (8 characters or more), compared in constant time. */
  adminPassword: string;
  diagnosis?: DiagnosisDeps;
  logView?: LogViewDeps;
}

export type Render = (c: ShopContext, title: string, body: Html | string, status?: ContentfulStatusCode) => Response;

export interface RouteDeps extends ShopDeps {
  /** The signed-in buyer's name, or null. */
  currentUser(c: ShopContext): string | null;
  /** A page in the shop's layout. */
  render: Render;
  admin: AdminSessions;
  csrf: CsrfTokens;
}
