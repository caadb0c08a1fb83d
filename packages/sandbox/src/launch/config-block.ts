/**
 * What `alipay-escrow sandbox` prints: the configuration a merchant pastes (gateway URL, partner,
 * key, seller), the pages' URLs and the run's settings — as text, or as one JSON object.
 */
import type { ResolvedChaos } from '../chaos.js';
import { RETRY_INTERVALS_SECONDS } from '../delivery/schedule.js';
import { escapeControls } from '../terminal-text.js';
import type { CredentialSource, CredentialSources, SandboxCredentials, SellerCredentials } from './credentials.js';

/** What a sandbox launch did, for {@link configBlock} and {@link launchJson}. */
export interface LaunchSummary {
  /** `http://127.0.0.1:7001` */
  url: string;
  /** `${url}/gateway.do`: the merchant's gatewayUrl. */
  gatewayUrl: string;
  /** The partner, MD5 key and seller. */
  credentials: SandboxCredentials;
  /**
   * Where each credential came from: `given`, `stored` or `generated`.
   */
  sources: CredentialSources;
  /** The divisor of the retry intervals. */
  timeScale: number;
  /** The chaos in force (its seed filled in), or null. */
  chaos: ResolvedChaos | null;
  /** The SQLite file, or undefined for memory. */
  db: string | undefined;
}

/** The URLs of a launched sandbox's pages ({@link LaunchJson.pages}). */
export interface SandboxPages {
  /** `${url}/sandbox`: trades and notifications. */
  trades: string;
  /** `${url}/sandbox/buyer`: the buyer center. */
  buyer: string;
  /** `${url}/sandbox/seller`: the seller center. */
  seller: string;
  /** `${url}/sandbox/api/trades`: the test API. */
  api: string;
}

/** What `alipay-escrow sandbox --json` prints: the launch as one JSON object. */
export interface LaunchJson {
  /** The sandbox's base URL, e.g. `http://127.0.0.1:7001`. */
  url: string;
  /** `${url}/gateway.do`: the merchant's gatewayUrl. */
  gatewayUrl: string;
  /** The partner id to configure. */
  partner: string;
  /** The MD5 key to configure. */
  key: string;
  /** Always `MD5`. */
  signType: 'MD5';
  /** The seller to configure. */
  seller: SellerCredentials;
  /** Where each credential came from: `given`, `stored` or `generated`. */
  sources: CredentialSources;
  /** The sandbox's pages. */
  pages: SandboxPages;
  /** The divisor of the retry intervals. */
  timeScale: number;
  /** The chaos in force (its seed filled in), or null. */
  chaos: ResolvedChaos | null;
  /** The SQLite file, or `memory`. */
  store: string;
}

const SOURCE_NOTE: Record<CredentialSource, string> = {
  given: 'as given',
  stored: 'kept in the sandbox file',
  generated: 'generated for this run',
};

function pages(url: string): LaunchJson['pages'] {
  return {
    trades: `${url}/sandbox`,
    buyer: `${url}/sandbox/buyer`,
    seller: `${url}/sandbox/seller`,
    api: `${url}/sandbox/api/trades`,
  };
}

function interval(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}h` : seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;
}

/** Chaos as the `--chaos` syntax (`dup=0.3,drop=0,reorder=1,delay=5,seed=42`), or `off`. */
export function chaosText(chaos: ResolvedChaos | null): string {
  if (chaos === null) return 'off';
  return `dup=${chaos.dup},drop=${chaos.drop},reorder=${chaos.reorder ? 1 : 0},delay=${chaos.delay},seed=${chaos.seed}`;
}

/** The summary as the `--json` object. */
export function launchJson(s: LaunchSummary): LaunchJson {
  return {
    url: s.url,
    gatewayUrl: s.gatewayUrl,
    partner: s.credentials.partner,
    key: s.credentials.key,
    signType: 'MD5',
    seller: s.credentials.seller,
    sources: s.sources,
    pages: pages(s.url),
    timeScale: s.timeScale,
    chaos: s.chaos,
    store: s.db ?? 'memory',
  };
}

/**
 * The block a merchant copies: plain lines, aligned, one setting each. A control character in a
 * value (a seller login, a file name) is written as `\x1b` and the like, so printing the block
 * cannot move the cursor or rewrite a line (see {@link escapeControls}).
 */
export function configBlock(s: LaunchSummary): string {
  const { partner, key, seller } = s.credentials;
  const p = pages(s.url);
  const retries = RETRY_INTERVALS_SECONDS.map(interval).join(' ');
  const lines = [
    'alipay-escrow sandbox — a local Alipay escrow gateway (担保交易). Not Alipay: test credentials only.',
    `listening on ${s.url}`,
    '',
    'Merchant configuration (paste into your app):',
    `  gatewayUrl  ${s.gatewayUrl}`,
    `  partner     ${partner}   (${SOURCE_NOTE[s.sources.partner]})`,
    `  key         ${key}   (MD5, ${SOURCE_NOTE[s.sources.key]})`,
    `  seller      id ${seller.id} · email ${seller.email}   (${SOURCE_NOTE[s.sources.seller]})`,
    '  charset     utf-8 or gbk; sign_type MD5',
    '',
    'As environment variables:',
    `  ALIPAY_GATEWAY_URL=${s.gatewayUrl}`,
    `  ALIPAY_PARTNER=${partner}`,
    `  ALIPAY_KEY=${key}`,
    `  ALIPAY_SELLER_ID=${seller.id}`,
    '',
    'Pages:',
    `  trades and notifications  ${p.trades}`,
    `  buyer center              ${p.buyer}`,
    `  seller center             ${p.seller}`,
    `  test API                  ${p.api}`,
    '',
    `notifications retried after ${retries}${s.timeScale === 1 ? '' : ` (÷ ${s.timeScale})`} · chaos ${chaosText(s.chaos)} · state ${s.db === undefined ? 'in memory' : `in ${s.db}`}`,
    'Press Ctrl-C to stop.',
  ];
  return lines.map((line) => escapeControls(line)).join('\n');
}
