/**
 * Test buyer accounts, like a payment provider's test cards: paying with one of these logins at
 * the cashier (or through the test API) does not pay the trade but makes the payment
 * - `fail`: be refused (SYSTEM_ERROR); the trade stays WAIT_BUYER_PAY, nothing is sent;
 * - `hang`: never finish; the trade stays WAIT_BUYER_PAY, no notification, no return to the shop;
 * - `close`: end in a closed trade (TRADE_CLOSED, notified like a trade closed unpaid).
 * So a merchant can test its pages and its sweep of unpaid orders for each of these. The payment
 * itself is in pay-trade.ts.
 */
import type { SandboxAccount } from './store/types.js';

/** What paying with a test buyer account does instead of paying. */
export type TestBuyerOutcome = 'fail' | 'hang' | 'close';

/** One test buyer account and what paying with it does. */
export interface TestBuyer {
  /** What a payment by this account does. */
  outcome: TestBuyerOutcome;
  /** The account (a login under `buyer.sandbox`, which is not a real mail domain). */
  account: SandboxAccount;
  /** What it does, in Chinese (the cashier). */
  zh: string;
  /** What it does, in English. */
  en: string;
}

/** The test buyer accounts, in the order the cashier lists them. */
export const TEST_BUYERS: readonly TestBuyer[] = [
  {
    outcome: 'fail',
    account: { id: '2088000000000401', email: 'pay-fail@buyer.sandbox' },
    zh: '付款失败：交易仍是 WAIT_BUYER_PAY，不发通知，可以换一个账户再付',
    en: 'the payment fails: the trade stays WAIT_BUYER_PAY, nothing is sent, another account may pay',
  },
  {
    outcome: 'hang',
    account: { id: '2088000000000402', email: 'pay-hang@buyer.sandbox' },
    zh: '付款一直没有结果：交易仍是 WAIT_BUYER_PAY，不发通知，也不跳回商户',
    en: 'the payment never completes: the trade stays WAIT_BUYER_PAY, no notification, no return to the shop',
  },
  {
    outcome: 'close',
    account: { id: '2088000000000403', email: 'pay-close@buyer.sandbox' },
    zh: '交易关闭：交易变为 TRADE_CLOSED，并发出这条通知',
    en: 'the trade closes: TRADE_CLOSED, notified',
  },
];

/** The test buyer with this login (any letter case) or user id, if it is one. */
export function testBuyer(login: string | undefined): TestBuyer | undefined {
  if (login === undefined) return undefined;
  const wanted = login.trim().toLowerCase();
  return TEST_BUYERS.find((b) => b.account.email === wanted || b.account.id === wanted);
}
