import { AlipayEscrowError, type Escrow, type OrderRecord } from '@alipay-escrow/core';

/** The part of an `Escrow` the console uses (an Escrow from `createEscrow` has it all). */
export type ConsoleEscrow = Pick<Escrow, 'listLog' | 'getLog' | 'getOrder' | 'listEffects' | 'replay' | 'reconcile'>;

/** One order the attention page lists, and why. */
export interface AttentionItem {
  /** The order (`out_trade_no`) to look at. */
  outTradeNo: string;
  /** The code of the problem (UNKNOWN_ORDER, AMOUNT_MISMATCH, HOOK_FAILED, …); null when there is none. */
  code: string | null;
  /** What is wrong, in one sentence (never a secret). */
  reason: string;
  /** Since when (ISO 8601). */
  since: string;
  /** The log entry that shows the problem (its page has the replay button); null when none does. */
  logId: string | null;
  /** The stored order; null when the store has none (an UNKNOWN_ORDER payment). */
  order: OrderRecord | null;
}

/** Finds the orders that need attention; see {@link attentionFromLog} for the default. */
export type NeedsAttention = (escrow: ConsoleEscrow) => Promise<AttentionItem[]>;

/**
 * Who may use the console. Resolve to the operator's name (any non-empty text: it is shown on the
 * pages and binds the CSRF tokens) to let the request in; to null, undefined, false or '' to refuse
 * it (401). It may throw: the request is refused too.
 */
export type Authorize = (
  request: Request,
) => string | null | undefined | false | Promise<string | null | undefined | false>;

/** Options of {@link createConsole}. */
export interface ConsoleOptions {
  /** The escrow from `createEscrow` (the same instance your notify route uses). */
  escrow: ConsoleEscrow;
  /** Required: the console has no open default. */
  authorize: Authorize;
  /**
   * Sent as `WWW-Authenticate` with every 401, e.g. `Basic realm="alipay-escrow console"` so a
   * browser asks for a password (check it in `authorize`). Default: none.
   */
  challenge?: string;
  /** The path the console is mounted at, e.g. `/admin/alipay` (default `/`). */
  basePath?: string;
  /**
   * The key of the CSRF tokens: at least 32 bytes (a string of 32+ characters, or bytes). Keep it
   * out of the code (an environment variable); every instance of the app needs the same one.
   */
  secret: string | Uint8Array;
  /**
   * Origins allowed in the `Origin` header of an action (e.g. `['https://admin.example.com']`),
   * when a proxy makes the request URL differ from what the browser sees. Default: the request
   * URL's origin.
   */
  allowedOrigins?: string[];
  /** The attention page's source. Default {@link attentionFromLog}; plug the sweep's result in here. */
  needsAttention?: NeedsAttention;
  /** How many log entries a page lists (1 to 500, default 100). */
  pageSize?: number;
  /** The clock of the CSRF tokens (milliseconds). Default `Date.now`. */
  now?: () => number;
}

/** The options, checked once. */
export interface ResolvedConsoleOptions {
  escrow: ConsoleEscrow;
  authorize: Authorize;
  challenge: string | null;
  basePath: string;
  secret: Uint8Array;
  allowedOrigins: string[];
  needsAttention: NeedsAttention | null;
  pageSize: number;
  now: () => number;
}

const ESCROW_METHODS = ['listLog', 'getLog', 'getOrder', 'listEffects', 'replay', 'reconcile'] as const;

function invalid(message: string, hint: string, field: string): AlipayEscrowError {
  return new AlipayEscrowError('CONFIG_INVALID', message, { hint, field, status: 500 });
}

/** Checks the options; a missing or bad one throws CONFIG_INVALID naming it. */
export function resolveConsoleOptions(options: ConsoleOptions): ResolvedConsoleOptions {
  if (typeof options !== 'object' || options === null)
    throw invalid('createConsole needs an options object.', 'Pass { escrow, authorize, secret }.', 'options');
  const { escrow, authorize } = options;
  for (const method of ESCROW_METHODS) {
    if (typeof (escrow as unknown as Record<string, unknown> | undefined)?.[method] !== 'function') {
      throw invalid(`The console's escrow has no ${method} method.`, 'Pass the Escrow made by createEscrow.', 'escrow');
    }
  }
  if (typeof authorize !== 'function') {
    throw invalid(
      'The console needs an authorize(request) function: it has no open default.',
      'Pass authorize: (request) => the operator name, or null to refuse.',
      'authorize',
    );
  }
  const secret = typeof options.secret === 'string' ? new TextEncoder().encode(options.secret) : options.secret;
  if (!(secret instanceof Uint8Array) || secret.byteLength < 32) {
    throw invalid(
      'The console secret is missing or shorter than 32 bytes.',
      'Generate one (e.g. `openssl rand -hex 32`) and read it from the environment.',
      'secret',
    );
  }
  const basePath = (options.basePath ?? '/').replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[A-Za-z0-9._~\-/]*$/.test(basePath)) {
    throw invalid(
      `The console basePath ${JSON.stringify(options.basePath)} is not a path.`,
      'Use a path like /admin/alipay.',
      'basePath',
    );
  }
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500) {
    throw invalid(
      `The console pageSize ${String(pageSize)} is not a whole number from 1 to 500.`,
      'Leave it out for 100.',
      'pageSize',
    );
  }
  const allowedOrigins = options.allowedOrigins ?? [];
  if (
    !Array.isArray(allowedOrigins) ||
    allowedOrigins.some((o) => typeof o !== 'string' || !URL.canParse(o) || new URL(o).origin !== o)
  ) {
    throw invalid(
      'The console allowedOrigins must be origins like https://admin.example.com.',
      'Give scheme, host and port only, no path.',
      'allowedOrigins',
    );
  }
  if (options.needsAttention !== undefined && typeof options.needsAttention !== 'function') {
    throw invalid(
      'The console needsAttention is not a function.',
      'Pass (escrow) => Promise<AttentionItem[]>, or leave it out.',
      'needsAttention',
    );
  }
  if (options.challenge !== undefined && (typeof options.challenge !== 'string' || /[\r\n]/.test(options.challenge))) {
    throw invalid(
      'The console challenge is not a one-line header value.',
      'Use e.g. Basic realm="console".',
      'challenge',
    );
  }
  return {
    escrow,
    authorize,
    challenge: options.challenge ?? null,
    basePath,
    secret,
    allowedOrigins,
    needsAttention: options.needsAttention ?? null,
    pageSize,
    now: options.now ?? Date.now,
  };
}
