// Who may ship an order: the shop's admin, who proves it with the token in SHOP_ADMIN_TOKEN.
import { timingSafeEqualString } from '@alipay-escrow/core/crypto';

// #region admin
/**
 * True when the Authorization header is `Bearer <adminToken>`. The comparison takes the same time
 * wherever the two differ, so timing the answers tells a guesser nothing about which characters were right.
 */
export function isAdmin(authorization: string | null | undefined, adminToken: string): boolean {
  const presented = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  return presented !== undefined && timingSafeEqualString(presented, adminToken);
}
// #endregion admin
