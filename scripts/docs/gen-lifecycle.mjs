// Draws the escrow lifecycle diagrams of the guide (/guide/lifecycle) from core's own state
// machine, so the pictures cannot drift from the code:
//   docs/public/lifecycle-trade.svg   every forward move `tradeMove` allows, labelled with the
//                                     milestone hooks `milestonesReached` fires on it;
//   docs/public/lifecycle-refund.svg  every pair of `REFUND_TRANSITIONS`, styled by its step.
// Node positions are placed by hand; which edges exist comes only from the data. An edge with no
// hand-made route is still drawn (as a straight line) and reported, never dropped.
//
//   node scripts/docs/gen-lifecycle.mjs [--out DIR]     (default: docs/public)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  REFUND_STATUSES,
  REFUND_TRANSITIONS,
  TRADE_STATUSES,
  initialEscrowState,
  milestonesReached,
  phaseOf,
  tradeMove,
  tradeRank,
} from '@alipay-escrow/core/escrow';

const NONE = 'none';
const HOOK_OF = { paid: 'onPaid', shipped: 'onShipped', finished: 'onFinished', closed: 'onClosed' };

// Chinese first, with fallbacks that exist on macOS, Windows, Linux (WenQuanYi, Noto CJK) and phones.
const SANS =
  "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei','Droid Sans Fallback',sans-serif";
const MONO = "ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono','DejaVu Sans Mono',monospace";

const TRADE_LABELS = {
  [NONE]: '订单已创建，尚无通知',
  WAIT_BUYER_PAY: '等待买家付款',
  WAIT_SELLER_SEND_GOODS: '买家已付款，等待卖家发货',
  WAIT_BUYER_CONFIRM_GOODS: '卖家已发货，等待买家确认收货',
  TRADE_FINISHED: '交易成功，货款打给卖家',
  TRADE_CLOSED: '交易关闭',
};

const REFUND_LABELS = {
  [NONE]: '没有退款',
  WAIT_SELLER_AGREE: '买家申请退款，等待卖家同意',
  SELLER_REFUSE_BUYER: '卖家拒绝，等待买家修改',
  WAIT_BUYER_RETURN_GOODS: '卖家同意，等待买家退货',
  WAIT_SELLER_CONFIRM_GOODS: '买家已退货，等待卖家收货',
  REFUND_SUCCESS: '退款成功',
  REFUND_CLOSED: '退款关闭',
};

// ---------------------------------------------------------------------------------------------
// The data: which edges exist

/** Every forward move of a trade status (`none` = nothing heard yet), with the hooks it fires. */
export function tradeEdges() {
  const froms = [null, ...TRADE_STATUSES];
  const edges = [];
  for (const from of froms) {
    for (const to of TRADE_STATUSES) {
      if (from === to || tradeMove(from, to) !== 'forward') continue;
      const hooks = milestonesReached(from, to).map((m) => HOOK_OF[m]);
      const kind =
        to === 'TRADE_CLOSED'
          ? 'close'
          : from !== 'TRADE_CLOSED' && tradeRank(to) - tradeRank(from) === 1
            ? 'step'
            : 'jump';
      edges.push({ from: from ?? NONE, to, kind, hooks });
    }
  }
  return edges;
}

/** Every pair of core's refund transition table, with its step (advance / new_cycle). */
export function refundEdges() {
  const edges = [];
  for (const [from, targets] of Object.entries(REFUND_TRANSITIONS)) {
    for (const [to, step] of Object.entries(targets)) edges.push({ from, to, step });
  }
  return edges;
}

// ---------------------------------------------------------------------------------------------
// Drawing helpers

const esc = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function box(id, cx, cy, w, h, lines, tone) {
  return { id, cx, cy, w, h, lines, tone, left: cx - w / 2, right: cx + w / 2, top: cy - h / 2, bottom: cy + h / 2 };
}

/**
 * Attachment points on the sides of boxes: every edge end asks for a slot on a side with a sort
 * key; once all are known, the slots of each side are spread evenly along it. A shared key gives
 * several edges one point (a bus).
 */
function attachments() {
  const wanted = new Map(); // `${node}|${side}` → Map(key → order)
  return {
    want(node, side, key, order) {
      const id = `${node.id}|${side}`;
      if (!wanted.has(id)) wanted.set(id, { node, side, keys: new Map() });
      const slot = wanted.get(id).keys;
      if (!slot.has(key)) slot.set(key, order);
      return () => point(node, side, key);
    },
  };
  function point(node, side, key) {
    const { keys } = wanted.get(`${node.id}|${side}`);
    const sorted = [...keys.entries()].sort((a, b) => a[1] - b[1] || String(a[0]).localeCompare(String(b[0])));
    const i = sorted.findIndex(([k]) => k === key);
    const n = sorted.length;
    if (side === 'left' || side === 'right') {
      const y = node.top + (node.h * (i + 1)) / (n + 1);
      return [side === 'left' ? node.left : node.right, y];
    }
    const x = node.left + (node.w * (i + 1)) / (n + 1);
    return [x, side === 'top' ? node.top : node.bottom];
  }
}

/** Orthogonal lanes to the left of a column for edges that skip rows: longer spans further out. */
function leftLanes(edges, rowOf, nodes, att, firstLaneX, gap) {
  const skips = edges
    .map((e) => ({ e, from: rowOf[e.from], to: rowOf[e.to] }))
    .sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const routes = new Map();
  skips.forEach(({ e }, lane) => {
    const x = firstLaneX - (skips.length - 1 - lane) * gap;
    // outer lanes leave a source higher and enter a target lower, so lanes nest without crossing;
    // on a node, edges arriving from above sit above edges leaving downward
    const exit = att.want(nodes[e.from], 'left', `out:${e.to}`, 1000 + lane);
    const enter = att.want(nodes[e.to], 'left', `in:${e.from}`, skips.length - lane);
    routes.set(e, () => {
      const [x0, y0] = exit();
      const [x1, y1] = enter();
      return [
        [x0, y0],
        [x, y0],
        [x, y1],
        [x1, y1],
      ];
    });
  });
  return routes;
}

function pathOf(points) {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
}

function renderNode(node) {
  const tones = {
    start: { fill: '#f1f5f9', stroke: '#64748b' },
    open: { fill: '#eff6ff', stroke: '#2563eb' },
    good: { fill: '#ecfdf5', stroke: '#059669' },
    end: { fill: '#f5f5f4', stroke: '#57534e' },
    warn: { fill: '#fff7ed', stroke: '#c2410c' },
  };
  const t = tones[node.tone];
  const gap = 17;
  const first = node.cy - ((node.lines.length - 1) * gap) / 2 + 5;
  const text = node.lines
    .map(
      (line, i) =>
        `<text x="${node.cx}" y="${(first + i * gap).toFixed(1)}" class="${line.cls}">${esc(line.text)}</text>`,
    )
    .join('');
  return (
    `<g class="node" data-status="${esc(node.id)}">` +
    `<rect x="${node.left}" y="${node.top}" width="${node.w}" height="${node.h}" rx="9" fill="${t.fill}" stroke="${t.stroke}" stroke-width="1.6"/>` +
    text +
    `</g>`
  );
}

const EDGE_STYLES = {
  step: { color: '#1e3a8a', dash: '', width: 2 },
  jump: { color: '#2563eb', dash: '6 4', width: 1.4 },
  close: { color: '#78716c', dash: '', width: 1.6 },
  advance: { color: '#1e3a8a', dash: '', width: 1.8 },
  new_cycle: { color: '#c2410c', dash: '6 4', width: 1.6 },
};

function markers() {
  return Object.entries(EDGE_STYLES)
    .map(
      ([name, s]) =>
        `<marker id="arrow-${name}" viewBox="0 0 10 10" refX="9.5" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
        `<path d="M0 0 L10 5 L0 10 z" fill="${s.color}"/></marker>`,
    )
    .join('');
}

function renderEdge(_edge, points, style, attrs, title, label) {
  const s = EDGE_STYLES[style];
  const data = Object.entries(attrs)
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
  const labelSvg = label
    ? `<text x="${label.x}" y="${label.y}" class="${label.cls ?? 'hook'}" text-anchor="${label.anchor ?? 'start'}" style="fill:${s.color}">${esc(label.text)}</text>`
    : '';
  return (
    `<g class="edge"${data}><title>${esc(title)}</title>` +
    `<path d="${pathOf(points)}" fill="none" stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} stroke-linejoin="round" marker-end="url(#arrow-${style})"/>` +
    labelSvg +
    `</g>`
  );
}

function svgDocument(width, height, title, body) {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<!-- Generated by scripts/docs/gen-lifecycle.mjs from @alipay-escrow/core's state machine. Do not edit. -->\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title>` +
    `<style>` +
    `text{font-family:${SANS};fill:#0f172a}` +
    `.zh{font-size:14px;font-weight:600;text-anchor:middle}` +
    `.code{font-family:${MONO};font-size:12px;text-anchor:middle;fill:#334155}` +
    `.phase{font-family:${MONO};font-size:11px;text-anchor:middle;fill:#64748b}` +
    `.hook{font-family:${MONO};font-size:12px;font-weight:600}` +
    `.note{font-size:12.5px;fill:#334155}` +
    `.heading{font-size:16px;font-weight:700}` +
    `.edge-label{font-size:12px}` +
    `</style>` +
    `<defs>${markers()}</defs>` +
    `<rect x="0" y="0" width="${width}" height="${height}" rx="12" fill="#ffffff"/>` +
    body +
    `</svg>\n`
  );
}

function legendLine(x, y, style, text) {
  const s = EDGE_STYLES[style];
  return (
    `<path d="M${x} ${y - 4} L${x + 38} ${y - 4}" stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''} marker-end="url(#arrow-${style})"/>` +
    `<text x="${x + 50}" y="${y}" class="note">${esc(text)}</text>`
  );
}

/** Edges without a hand-made route: a straight line between the boxes' centres' nearest sides. */
function straight(from, to) {
  const dy = to.cy - from.cy;
  const dx = to.cx - from.cx;
  if (Math.abs(dy) * from.w > Math.abs(dx) * from.h) {
    return [
      [from.cx, dy > 0 ? from.bottom : from.top],
      [to.cx, dy > 0 ? to.top : to.bottom],
    ];
  }
  return [
    [dx > 0 ? from.right : from.left, from.cy],
    [dx > 0 ? to.left : to.right, to.cy],
  ];
}

// ---------------------------------------------------------------------------------------------
// The trade diagram

export function renderTradeSvg() {
  const edges = tradeEdges();
  const W = 715;
  const COL = 285;
  const BOX_W = 250;
  const BOX_H = 66;
  const ROW = 120;
  const TOP = 86;
  const path = [
    NONE,
    ...TRADE_STATUSES.filter((s) => s !== 'TRADE_CLOSED').sort((a, b) => tradeRank(a) - tradeRank(b)),
  ];
  const rowOf = Object.fromEntries(path.map((s, i) => [s, i]));
  const nodes = {};
  for (const status of path) {
    const state = { ...initialEscrowState(), tradeStatus: status === NONE ? null : status };
    nodes[status] = box(
      status,
      COL,
      TOP + rowOf[status] * ROW,
      BOX_W,
      BOX_H,
      [
        { text: TRADE_LABELS[status], cls: 'zh' },
        { text: status === NONE ? '（还没有 trade_status）' : status, cls: status === NONE ? 'phase' : 'code' },
        { text: `phase: ${phaseOf(state)}`, cls: 'phase' },
      ],
      status === NONE ? 'start' : status === 'TRADE_FINISHED' ? 'good' : 'open',
    );
  }
  const closedRow = rowOf.WAIT_SELLER_SEND_GOODS;
  nodes.TRADE_CLOSED = box(
    'TRADE_CLOSED',
    600,
    TOP + closedRow * ROW,
    200,
    BOX_H,
    [
      { text: TRADE_LABELS.TRADE_CLOSED, cls: 'zh' },
      { text: 'TRADE_CLOSED', cls: 'code' },
      { text: `phase: ${phaseOf({ ...initialEscrowState(), tradeStatus: 'TRADE_CLOSED' })}`, cls: 'phase' },
    ],
    'end',
  );
  for (const status of TRADE_STATUSES)
    if (!nodes[status]) throw new Error(`gen-lifecycle: no place for trade status ${status}`);

  const att = attachments();
  const routes = new Map();
  const labels = new Map();
  const lanes = leftLanes(
    edges.filter((e) => e.kind === 'jump' && e.from in rowOf && e.to in rowOf),
    rowOf,
    nodes,
    att,
    140,
    18,
  );
  for (const [e, route] of lanes) routes.set(e, route);
  const BUS_X = 426;
  const closedIn = att.want(nodes.TRADE_CLOSED, 'left', 'in', 0);
  for (const e of edges) {
    const from = nodes[e.from];
    const to = nodes[e.to];
    if (e.kind === 'step' && from.cx === to.cx) {
      routes.set(e, () => [
        [from.cx, from.bottom],
        [to.cx, to.top],
      ]);
      if (e.hooks.length > 0)
        labels.set(e, { x: from.cx + 10, y: (from.bottom + to.top) / 2 + 5, text: e.hooks.join(' + ') });
    } else if (e.kind === 'close' && e.to === 'TRADE_CLOSED' && e.from in rowOf) {
      const exit = att.want(from, 'right', 'close', 0);
      routes.set(e, () => {
        const [x0, y0] = exit();
        const [x1, y1] = closedIn();
        return y0 === y1
          ? [
              [x0, y0],
              [x1, y1],
            ]
          : [
              [x0, y0],
              [BUS_X, y0],
              [BUS_X, y1],
              [x1, y1],
            ];
      });
    }
  }
  const unrouted = [];
  let body = `<text x="24" y="34" class="heading">交易状态 trade_status：只向前走</text>`;
  for (const e of edges) {
    const route = routes.get(e);
    if (!route) unrouted.push(`${e.from}→${e.to}`);
    const points = route ? route() : straight(nodes[e.from], nodes[e.to]);
    const hooks = e.hooks.length > 0 ? e.hooks.join(', ') : 'no milestone';
    body += renderEdge(
      e,
      points,
      e.kind,
      { from: e.from, to: e.to, kind: e.kind, hooks: e.hooks.join(' ') },
      `${e.from} → ${e.to}: ${hooks} (+ onTransition)`,
      labels.get(e),
    );
  }
  const [cx, cy] = closedIn();
  body += `<text x="${cx - 6}" y="${cy - 9}" class="hook" text-anchor="end" style="fill:${EDGE_STYLES.close.color}">onClosed</text>`;
  body += Object.values(nodes).map(renderNode).join('');
  const legendY = TOP + (path.length - 1) * ROW + BOX_H / 2 + 44;
  body +=
    legendLine(36, legendY, 'step', '相邻状态：箭头旁是首次到达时触发的钩子（每笔订单各一次）') +
    legendLine(36, legendY + 24, 'jump', '跳过中间状态（漏收、乱序的通知）：途经的钩子按顺序补齐') +
    legendLine(36, legendY + 48, 'close', '未结束的交易都可能被关闭：触发 onClosed（已付款的退款后关闭也一样）') +
    `<text x="36" y="${legendY + 76}" class="note">每条箭头都触发一次 onTransition；往回走或在 TRADE_FINISHED / TRADE_CLOSED 之后的通知只记日志，不应用。</text>`;
  return {
    svg: svgDocument(W, legendY + 96, 'Alipay escrow trade statuses (trade_status) and the hooks they fire', body),
    unrouted,
  };
}

// ---------------------------------------------------------------------------------------------
// The refund diagram

/** Hand-placed: the buyer-has-the-goods sequence down the left, the refusal and the close on the right. */
const REFUND_PLACES = {
  [NONE]: { col: 0, row: 0 },
  WAIT_SELLER_AGREE: { col: 0, row: 1 },
  WAIT_BUYER_RETURN_GOODS: { col: 0, row: 2 },
  WAIT_SELLER_CONFIRM_GOODS: { col: 0, row: 3 },
  REFUND_SUCCESS: { col: 0, row: 4 },
  SELLER_REFUSE_BUYER: { col: 1, row: 1 },
  REFUND_CLOSED: { col: 1, row: 4 },
};

/** Words for the usual steps (docs/internals/lifecycle.md#refund-sequences); every other edge is unlabelled. */
const REFUND_EDGE_WORDS = {
  'WAIT_SELLER_AGREE>SELLER_REFUSE_BUYER': '卖家拒绝',
  'SELLER_REFUSE_BUYER>WAIT_SELLER_AGREE': '买家再次申请',
  'WAIT_SELLER_AGREE>WAIT_BUYER_RETURN_GOODS': '卖家同意（需退货）',
  'WAIT_BUYER_RETURN_GOODS>WAIT_SELLER_CONFIRM_GOODS': '买家退货',
  'WAIT_SELLER_CONFIRM_GOODS>REFUND_SUCCESS': '卖家确认收到退货',
  'none>WAIT_SELLER_AGREE': '买家申请退款',
};

export function renderRefundSvg() {
  const edges = refundEdges();
  const W = 720;
  const COLS = [290, 590];
  const WIDTHS = [240, 200];
  const BOX_H = 58;
  const ROW = 128;
  const TOP = 84;
  const nodes = {};
  for (const status of [NONE, ...REFUND_STATUSES]) {
    const place = REFUND_PLACES[status];
    if (!place) throw new Error(`gen-lifecycle: no place for refund status ${status}; add it to REFUND_PLACES`);
    nodes[status] = box(
      status,
      COLS[place.col],
      TOP + place.row * ROW,
      WIDTHS[place.col],
      BOX_H,
      [
        { text: REFUND_LABELS[status], cls: 'zh' },
        { text: status === NONE ? '（没有 refund_status）' : status, cls: status === NONE ? 'phase' : 'code' },
      ],
      status === NONE
        ? 'start'
        : status === 'REFUND_SUCCESS'
          ? 'good'
          : status === 'REFUND_CLOSED'
            ? 'end'
            : status === 'SELLER_REFUSE_BUYER'
              ? 'warn'
              : 'open',
    );
  }
  const colOf = (s) => REFUND_PLACES[s].col;
  const rowOf = (s) => REFUND_PLACES[s].row;
  const att = attachments();
  const routes = new Map();

  // the left column: neighbours straight down, skips in nested lanes on the left
  const leftRows = Object.fromEntries(
    Object.keys(REFUND_PLACES)
      .filter((s) => colOf(s) === 0)
      .map((s) => [s, rowOf(s)]),
  );
  const inLeft = (e) => e.from in leftRows && e.to in leftRows && leftRows[e.to] > leftRows[e.from];
  for (const e of edges.filter((e) => inLeft(e) && leftRows[e.to] - leftRows[e.from] === 1)) {
    const a = nodes[e.from];
    const b = nodes[e.to];
    routes.set(e, () => [
      [a.cx, a.bottom],
      [b.cx, b.top],
    ]);
  }
  for (const [e, route] of leftLanes(
    edges.filter((e) => inLeft(e) && leftRows[e.to] - leftRows[e.from] > 1),
    leftRows,
    nodes,
    att,
    150,
    18,
  )) {
    routes.set(e, route);
  }

  const MID_BUS = 432; // between the columns: into REFUND_CLOSED from the left column
  const REFUSED_BUS = 462; // out of SELLER_REFUSE_BUYER to the left column below it
  const FAR_BUS = W - 15; // round the right: from the top to REFUND_CLOSED
  for (const e of edges) {
    if (routes.has(e)) continue;
    const a = nodes[e.from];
    const b = nodes[e.to];
    const sameRow = rowOf(e.from) === rowOf(e.to);
    if (sameRow && colOf(e.from) !== colOf(e.to)) {
      // the pair across the gap: both directions on aligned slots (same order on both boxes)
      const forward = colOf(e.from) < colOf(e.to);
      const key = forward ? `pair:${e.from}>${e.to}` : `pair:${e.to}>${e.from}:back`;
      const order = forward ? 0 : 1;
      const exit = att.want(a, forward ? 'right' : 'left', key, order);
      const enter = att.want(b, forward ? 'left' : 'right', key, order);
      routes.set(e, () => [exit(), enter()]);
    } else if (colOf(e.from) === 0 && colOf(e.to) === 1 && rowOf(e.from) === 0) {
      // from the top of the left column to the right column
      if (rowOf(e.to) === 1) {
        const exit = att.want(a, 'right', `top:${e.to}`, 2);
        routes.set(e, () => {
          const [x0, y0] = exit();
          return [
            [x0, y0],
            [b.cx, y0],
            [b.cx, b.top],
          ];
        });
      } else {
        const exit = att.want(a, 'right', `top:${e.to}`, 1);
        const enter = att.want(b, 'right', 'far', 0);
        routes.set(e, () => {
          const [x0, y0] = exit();
          const [x1, y1] = enter();
          return [
            [x0, y0],
            [FAR_BUS, y0],
            [FAR_BUS, y1],
            [x1, y1],
          ];
        });
      }
    } else if (colOf(e.from) === 0 && colOf(e.to) === 1) {
      // left column → REFUND_CLOSED (or any right-hand box below): down the middle bus
      const exit = att.want(a, 'right', `mid:${e.to}`, 10);
      const enter = att.want(b, 'left', 'mid', 5);
      routes.set(e, () => {
        const [x0, y0] = exit();
        const [x1, y1] = enter();
        return [
          [x0, y0],
          [MID_BUS, y0],
          [MID_BUS, y1],
          [x1, y1],
        ];
      });
    } else if (colOf(e.from) === 1 && colOf(e.to) === 0 && rowOf(e.to) > rowOf(e.from)) {
      // SELLER_REFUSE_BUYER → the left column below it: one bus down the right of the gap
      const exit = att.want(a, 'left', 'refused-bus', 9);
      const enter = att.want(b, 'right', `refused:${e.from}`, 0);
      routes.set(e, () => {
        const [x0, y0] = exit();
        const [x1, y1] = enter();
        return [
          [x0, y0],
          [REFUSED_BUS, y0],
          [REFUSED_BUS, y1],
          [x1, y1],
        ];
      });
    } else if (colOf(e.from) === colOf(e.to) && rowOf(e.to) > rowOf(e.from)) {
      routes.set(e, () => [
        [a.cx, a.bottom],
        [b.cx, b.top],
      ]);
    }
  }

  const unrouted = [];
  let body = `<text x="24" y="34" class="heading">退款状态 refund_status：按 REFUND_TRANSITIONS 表前进</text>`;
  for (const e of edges) {
    const route = routes.get(e);
    if (!route) unrouted.push(`${e.from}→${e.to}`);
    const points = route ? route() : straight(nodes[e.from], nodes[e.to]);
    const words = REFUND_EDGE_WORDS[`${e.from}>${e.to}`];
    let label;
    if (words) {
      const [p0, p1] = points;
      if (p0[0] === p1[0]) label = { x: p0[0] + 10, y: (p0[1] + p1[1]) / 2 + 5, text: words, cls: 'edge-label' };
      else {
        // a pair across the gap: words stacked above the boxes, nearest for the upper arrow
        const upper = p0[1] <= Math.min(...points.map(([, y]) => y)) && colOf(e.from) < colOf(e.to);
        const top = Math.min(nodes[e.from].top, nodes[e.to].top);
        label = { x: (p0[0] + p1[0]) / 2, y: top - (upper ? 7 : 24), text: words, cls: 'edge-label', anchor: 'middle' };
      }
    }
    body += renderEdge(
      e,
      points,
      e.step,
      { from: e.from, to: e.to, step: e.step },
      `${e.from} → ${e.to}: ${e.step}`,
      label,
    );
  }
  body += Object.values(nodes).map(renderNode).join('');
  const legendY = TOP + 4 * ROW + BOX_H / 2 + 44;
  body +=
    legendLine(36, legendY, 'advance', '同一次申请里前进（advance）') +
    legendLine(36, legendY + 24, 'new_cycle', '新一轮申请（new_cycle）：退款轮次 refundCycle 加一') +
    `<text x="36" y="${legendY + 52}" class="note">每条箭头触发一次 onRefund（幂等键 订单号:refund:轮次:状态）和一次 onTransition。</text>` +
    `<text x="36" y="${legendY + 74}" class="note">表里没有的方向都是过期通知：只记日志，不应用。REFUND_SUCCESS、REFUND_CLOSED 之后不再有新申请。</text>`;
  return {
    svg: svgDocument(
      W,
      legendY + 94,
      'Alipay escrow refund statuses (refund_status): the transitions core applies',
      body,
    ),
    unrouted,
  };
}

// ---------------------------------------------------------------------------------------------

function outDir(argv) {
  const i = argv.indexOf('--out');
  if (i >= 0) {
    if (!argv[i + 1]) throw new Error('gen-lifecycle: --out needs a directory');
    return resolve(argv[i + 1]);
  }
  return fileURLToPath(new URL('../../docs/public/', import.meta.url));
}

export function writeLifecycleSvgs(dir) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const [name, render] of [
    ['lifecycle-trade.svg', renderTradeSvg],
    ['lifecycle-refund.svg', renderRefundSvg],
  ]) {
    const { svg, unrouted } = render();
    const file = join(dir, name);
    writeFileSync(file, svg);
    written.push(file);
    if (unrouted.length > 0)
      console.warn(`gen-lifecycle: ${name}: no hand-made route for ${unrouted.join(', ')}; drawn straight`);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of writeLifecycleSvgs(outDir(process.argv.slice(2)))) console.log(`wrote ${file}`);
}
