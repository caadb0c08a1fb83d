/**
 * `GET /sandbox/test-api`: the test API (api/test-api.ts) explained for a person, with a curl
 * command per route, written for this sandbox's address and, when there is one, its latest trade.
 */
import { escapeHtml } from '@alipay-escrow/core/protocol';
import type { SandboxContext } from '../context.js';
import { TEST_BUYERS } from '../test-buyers.js';
import { htmlPage } from './html.js';

/** The page's path (the navigation's 测试 API link). */
export const TEST_API_PAGE = '/sandbox/test-api';

interface Example {
  id: string;
  title: string;
  text: string;
  command: string;
}

/** A value inside single quotes in a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function post(url: string, body: string): string {
  return `curl -s -X POST ${shellQuote(url)} \\\n  -H 'content-type: application/json' -d ${shellQuote(body)}`;
}

function examples(api: string, id: string): Example[] {
  const trade = `${api}/trades/${encodeURIComponent(id)}`;
  const fail = TEST_BUYERS.find((b) => b.outcome === 'fail')!.account.email;
  return [
    {
      id: 'config',
      title: '沙箱配置',
      text: 'partner、卖家、买家账户、签名方式、时钟和混乱模式（不含密钥）。',
      command: `curl -s ${shellQuote(`${api}/config`)}`,
    },
    {
      id: 'trades',
      title: '全部交易',
      text: '每笔交易的状态、金额、买家和通知投递情况。',
      command: `curl -s ${shellQuote(`${api}/trades`)}`,
    },
    {
      id: 'trade',
      title: '一笔交易',
      text: ':id 是商户订单号 out_trade_no；没有这笔交易时回答 404 TRADE_NOT_EXIST。',
      command: `curl -s ${shellQuote(trade)}`,
    },
    {
      id: 'notifications',
      title: '一笔交易的通知',
      text: '每条异步通知的参数、每次投递的 HTTP 状态、商户的回复和没被算作成功的原因。',
      command: `curl -s ${shellQuote(`${trade}/notifications`)}`,
    },
    {
      id: 'pay',
      title: '付款',
      text: '和在收银台付款一样；buyerEmail 和 logistics（物流选项的序号 0、1、2）可以不给。',
      command: post(`${trade}/pay`, '{"buyerEmail":"buyer@example.com","logistics":0}'),
    },
    {
      id: 'pay-fail',
      title: '用测试账户付款',
      text: `测试账户（${TEST_BUYERS.map((b) => b.account.email).join('、')}）让付款失败（409 SYSTEM_ERROR）、一直没有结果或关闭交易。`,
      command: post(`${trade}/pay`, `{"buyerEmail":"${fail}"}`),
    },
    {
      id: 'confirm',
      title: '确认收货',
      text: '卖家发货以后（WAIT_BUYER_CONFIRM_GOODS）才可以。',
      command: post(`${trade}/confirm`, '{}'),
    },
    {
      id: 'refund',
      title: '退款的一步',
      text: 'action 是 apply、agree、refuse、return_goods、confirm_returned 或 cancel。',
      command: post(`${trade}/refund`, '{"action":"apply"}'),
    },
    {
      id: 'close',
      title: '关闭交易',
      text: '只能关闭还没付款的交易（WAIT_BUYER_PAY）。',
      command: post(`${trade}/close`, '{}'),
    },
    {
      id: 'clock',
      title: '让沙箱时间前进',
      text: '到期的通知随即发出：120 秒后是第二次投递。',
      command: post(`${api}/clock/advance`, '{"seconds":120}'),
    },
    {
      id: 'idle',
      title: '还有多少通知没发',
      text: '自动化测试可以等它变成 0。',
      command: `curl -s ${shellQuote(`${api}/idle`)}`,
    },
    {
      id: 'notify-ids',
      title: '签一条通知（trigger）',
      text: '沙箱签好一条任意状态的通知，由你自己发给 notify_url；notify_verify 会认这个 notify_id。',
      command: post(
        `${api}/notify-ids`,
        `{"tradeStatus":"TRADE_FINISHED","outTradeNo":${JSON.stringify(id)},"totalFee":"0.01"}`,
      ),
    },
  ];
}

export function showTestApiPage(ctx: SandboxContext, request: Request): Response {
  const api = `${new URL(request.url).origin}/sandbox/api`;
  const latest = ctx.engine.allTrades().at(-1);
  const id = latest?.outTradeNo ?? 'ORDER-1';
  const items = examples(api, id)
    .map(
      (e) =>
        `<section id="api-${e.id}"><h2>${escapeHtml(e.title)}</h2><p>${escapeHtml(e.text)}</p><pre>${escapeHtml(e.command)}</pre></section>`,
    )
    .join('\n');
  const body = `<section><h1>测试 API</h1>
<p>给自动化测试和脚本用的 JSON 接口，地址都以 <code id="api-base">${escapeHtml(api)}</code> 开头。回答都是 JSON；出错时是 <code>{"error": {"code", "message"}}</code>，code 和网关的一样（例如状态不允许时的 409 TRADE_STATUS_NOT_AVAILD）。</p>
<p class="muted">POST 必须带 <code>content-type: application/json</code>（否则 415），并且不能来自别的网站的页面（带着其他来源的 Origin 会被 403 拒绝）；curl 和测试程序不发 Origin，可以直接用。${
    latest === undefined
      ? '下面的例子用 ORDER-1 代替订单号：先让商户网站创建一笔交易。'
      : `下面的例子用的是最新的一笔交易 <code>${escapeHtml(id)}</code>。`
  }</p>
</section>
${items}`;
  return htmlPage('支付宝 · 本地沙箱 - 测试 API', body);
}
