import { CATALOGUE, ERROR_CODE_ALIASES } from './catalogue.js';
import { GATEWAY_ERROR_CODES, LIBRARY_ERROR_CODES, type ErrorCode } from './codes.js';
import { errorDocsUrl } from './error.js';

/** The calls and flows an error can come from. `notification` = receiving notify_url / return_url. */
export type CatalogueService =
  | 'create_partner_trade_by_buyer'
  | 'send_goods_confirm_by_platform'
  | 'notify_verify'
  | 'single_trade_query'
  | 'close_trade'
  | 'notification';

/** A text in the two languages of the catalogue. */
export interface LocalizedText {
  /** Chinese text (the docs' main language). */
  zh: string;
  /** English text. */
  en: string;
}

/** One error code explained: what it means, why it happens, what to do. */
export interface CatalogueEntry {
  /** The code this entry explains. */
  code: ErrorCode;
  /** `gateway`: Alipay answers with it; `library`: this library raises it itself. */
  kind: 'gateway' | 'library';
  /**
   * The calls and flows the code can come from (`create_partner_trade_by_buyer`, `notification`,
   * ...).
   */
  services: readonly CatalogueService[];
  /** A short name for the problem. */
  title: LocalizedText;
  /** Why it happens. */
  cause: LocalizedText;
  /** What to do about it. */
  fix: LocalizedText;
  /**
   * Other words people use for the problem, in both languages: shown on the errors page so that
   * its search finds the entry; absent when the title says it all.
   */
  keywords?: LocalizedList;
}

/** Short phrases in the two languages of the catalogue. */
export interface LocalizedList {
  /** Chinese phrases. */
  zh: readonly string[];
  /** English phrases. */
  en: readonly string[];
}

const BY_CODE: ReadonlyMap<string, CatalogueEntry> = new Map(CATALOGUE.map((e) => [e.code, e]));

/**
 * Looks up a code: case-insensitive, surrounding whitespace ignored, `-` accepted for `_`
 * (so a docs anchor like `illegal-sign` works), known misspellings resolved
 * (`HASH_NO_PRIVILEGE` → `HAS_NO_PRIVILEGE`). Unknown codes give `undefined`.
 */
export function explain(code: string): CatalogueEntry | undefined {
  const normalised = code.trim().toUpperCase().replace(/-/g, '_');
  return BY_CODE.get(ERROR_CODE_ALIASES[normalised] ?? normalised);
}

/** Every error code, gateway codes first, in the order of codes.ts. */
export function listErrorCodes(): ErrorCode[] {
  return [...GATEWAY_ERROR_CODES, ...LIBRARY_ERROR_CODES];
}

const LABELS = {
  zh: {
    kind: { gateway: '支付宝网关错误', library: '本库错误' },
    cause: '原因：',
    fix: '解决：',
    docs: '文档：',
  },
  en: {
    kind: { gateway: 'Alipay gateway error', library: 'library error' },
    cause: 'Cause: ',
    fix: 'Fix: ',
    docs: 'Docs: ',
  },
} as const;

/**
 * Plain text for a terminal (used by `alipay-escrow explain CODE`): code and title, kind and
 * services, cause, fix and the docs link. `lang` defaults to `both` (Chinese first).
 */
export function formatExplanation(entry: CatalogueEntry, lang: 'zh' | 'en' | 'both' = 'both'): string {
  const langs: readonly ('zh' | 'en')[] = lang === 'both' ? ['zh', 'en'] : [lang];
  const meta = LABELS[lang === 'zh' ? 'zh' : 'en'];
  const titles = langs.map((l) => entry.title[l]).join(' / ');
  const kinds = langs.map((l) => LABELS[l].kind[entry.kind]).join(' / ');
  const lines = [`${entry.code} — ${titles}`, `${kinds} (${entry.services.join(', ')})`];
  for (const l of langs) {
    lines.push('', LABELS[l].cause + entry.cause[l], LABELS[l].fix + entry.fix[l]);
  }
  lines.push('', meta.docs + errorDocsUrl(entry.code));
  return lines.join('\n');
}
