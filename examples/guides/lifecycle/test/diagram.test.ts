// The lifecycle diagrams are drawn from core's state machine: every transition core applies is an
// edge of the SVG, and the SVG has no edge core lacks. The script runs as the docs build runs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  REFUND_STATUSES,
  REFUND_TRANSITIONS,
  TRADE_STATUSES,
  milestonesReached,
  tradeMove,
} from '@alipay-escrow/core/escrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/docs/gen-lifecycle.mjs');
const HOOK = {
  paid: 'onPaid',
  shipped: 'onShipped',
  finished: 'onFinished',
  closed: 'onClosed',
} as const;

let out: string;
let trade: string;
let refund: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'lifecycle-svg-'));
  execFileSync(process.execPath, [SCRIPT, '--out', out], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  trade = readFileSync(join(out, 'lifecycle-trade.svg'), 'utf8');
  refund = readFileSync(join(out, 'lifecycle-refund.svg'), 'utf8');
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** `<g class="edge" data-…>` elements with their data attributes and path. */
function edgesOf(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<g class="edge"([^>]*)>(.*?)<\/g>/g)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/data-([\w-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    attrs['d'] = /<path d="([^"]+)"/.exec(m[2]!)?.[1] ?? '';
    return attrs;
  });
}

function nodesOf(svg: string): string[] {
  return [...svg.matchAll(/<g class="node" data-status="([^"]+)"/g)].map((m) => m[1]!).sort();
}

const sorted = (list: string[]) => [...list].sort();

describe('lifecycle-refund.svg', () => {
  it('draws every pair of REFUND_TRANSITIONS, with its step, and nothing else', () => {
    const table = Object.entries(REFUND_TRANSITIONS).flatMap(([from, targets]) =>
      Object.entries(targets).map(([to, step]) => `${from}→${to} ${step}`),
    );
    const drawn = edgesOf(refund).map((e) => `${e['from']}→${e['to']} ${e['step']}`);
    expect(table.length).toBeGreaterThan(15);
    expect(sorted(drawn)).toEqual(sorted(table));
  });

  it('gives every edge a path and every status a box', () => {
    for (const e of edgesOf(refund))
      expect(e['d'], `${e['from']}→${e['to']}`).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    expect(nodesOf(refund)).toEqual(sorted(['none', ...REFUND_STATUSES]));
  });
});

describe('lifecycle-trade.svg', () => {
  it('draws every forward move tradeMove allows, with the hooks it fires, and nothing else', () => {
    const moves: string[] = [];
    for (const from of [null, ...TRADE_STATUSES]) {
      for (const to of TRADE_STATUSES) {
        if (from !== to && tradeMove(from, to) === 'forward') {
          moves.push(
            `${from ?? 'none'}→${to} [${milestonesReached(from, to)
              .map((m) => HOOK[m])
              .join(' ')}]`,
          );
        }
      }
    }
    const drawn = edgesOf(trade).map((e) => `${e['from']}→${e['to']} [${e['hooks']}]`);
    expect(moves).toContain('WAIT_BUYER_PAY→WAIT_SELLER_SEND_GOODS [onPaid]');
    expect(sorted(drawn)).toEqual(sorted(moves));
  });

  it('gives every edge a path and every status a box', () => {
    for (const e of edgesOf(trade))
      expect(e['d'], `${e['from']}→${e['to']}`).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    expect(nodesOf(trade)).toEqual(sorted(['none', ...TRADE_STATUSES]));
  });

  it('labels boxes in Chinese with the status code, in a CJK-capable font', () => {
    expect(trade).toContain('等待买家付款');
    expect(trade).toContain('>WAIT_BUYER_PAY<');
    expect(refund).toContain('退款成功');
    for (const svg of [trade, refund])
      expect(svg).toMatch(/font-family:[^;]*'Noto Sans CJK SC'[^;]*'WenQuanYi Micro Hei'/);
  });
});

describe('docs/public', () => {
  it('holds the SVGs the script draws today (run `node scripts/docs/gen-lifecycle.mjs` after changing core)', () => {
    expect(readFileSync(join(ROOT, 'docs/public/lifecycle-trade.svg'), 'utf8')).toBe(trade);
    expect(readFileSync(join(ROOT, 'docs/public/lifecycle-refund.svg'), 'utf8')).toBe(refund);
  });
});
