import { md5Hex } from '@alipay-escrow/core/crypto';
import type { SandboxAccount } from './store/types.js';
import { testBuyer } from './test-buyers.js';

/** The buyer used when none is configured (the buyer of the oracle notification vectors). */
export const DEFAULT_BUYER: SandboxAccount = { id: '2088102122524333', email: 'buyer@example.com' };

/** The seller login used when none is configured. */
export const DEFAULT_SELLER_EMAIL = 'seller@example.com';

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** A stable 2088… id for a login the configuration does not list. */
function derivedId(email: string): string {
  const hex = md5Hex(new TextEncoder().encode(email.toLowerCase()));
  let digits = '';
  for (let i = 0; digits.length < 12; i += 2) digits += String(parseInt(hex.slice(i, i + 2), 16) % 10);
  return `2088${digits}`;
}

/**
 * The buyer paying: a configured buyer with that login, a test buyer account (test-buyers.ts), or —
 * the sandbox lets anyone pay — an account made up for it with a stable id. Without a login: the first configured buyer.
 */
export function buyerFor(buyers: readonly SandboxAccount[], email: string | undefined): SandboxAccount {
  if (email === undefined || email === '') return buyers[0] ?? DEFAULT_BUYER;
  const known = buyers.find((b) => sameLogin(b.email, email) || sameLogin(b.accountName, email));
  return known ?? testBuyer(email)?.account ?? { id: derivedId(email), email };
}

/**
 * Who pays when the cashier or the test API does not say: the buyer the create request named
 * (a configured account if it is one), else the first configured buyer.
 */
export function payingBuyer(
  buyers: readonly SandboxAccount[],
  requested: { id?: string; email?: string; accountName?: string },
  email?: string,
): SandboxAccount {
  if (email !== undefined && email !== '') return buyerFor(buyers, email);
  if (requested.id === undefined && requested.email === undefined && requested.accountName === undefined)
    return buyers[0] ?? DEFAULT_BUYER;
  const known = buyers.find((b) => namesAccount(requested, b));
  if (known) return known;
  const login = requested.email ?? requested.accountName ?? `${requested.id}@buyer.sandbox`;
  return {
    id: requested.id ?? derivedId(login),
    email: login,
    ...(requested.accountName === undefined ? {} : { accountName: requested.accountName }),
  };
}

/** Does any of the given buyer fields name this account? */
export function namesAccount(
  fields: { id?: string; email?: string; accountName?: string },
  account: SandboxAccount,
): boolean {
  return (
    (fields.id !== undefined && fields.id === account.id) ||
    [fields.email, fields.accountName].some(
      (login) => sameLogin(login, account.email) || sameLogin(login, account.accountName),
    )
  );
}
