/**
 * `@alipay-escrow/console` — a drop-in operations console for the Alipay escrow trade: the
 * notification log decoded per charset, the orders that need attention, replay and reconcile.
 * One web-standard handler (`Request` → `Response`) for Hono, Koa, Workers and Deno, closed
 * unless `authorize` lets the request in.
 *
 * @module console
 */
export { createConsole, type ConsoleHandler } from './create-console.js';
export { attentionFromLog, ATTENTION_SCAN } from './attention.js';
export { CSRF_TOKEN_LIFETIME_MS } from './csrf.js';
export { MAX_FORM_BYTES } from './request-checks.js';
export type { AttentionItem, Authorize, ConsoleEscrow, ConsoleOptions, NeedsAttention } from './options.js';
