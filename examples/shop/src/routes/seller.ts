/**
 * The seller's page (ship through escrow.sendGoods, see refunds) and the notification log with
 * replay. Every route here sits behind the admin login (app.ts), and every form behind the CSRF
 * token (security/guards.ts).
 */
import { explain } from '@alipay-escrow/core';
import { isErrorCode } from '@alipay-escrow/core/errors';
import type { SendGoodsOrderInput } from '@alipay-escrow/core/escrow-app';
import { diagnoseMessage } from '@alipay-escrow/core/protocol';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ShopContext, ShopEnv } from '../hono-env.js';
import { readLoggedMessage } from '../log-message.js';
import { CSRF_TOKEN } from '../security/csrf.js';
import type { RouteDeps } from '../shop-deps.js';
import { logBody, type ReplayResult } from '../views/admin.js';
import { errorBody } from '../views/layout.js';
import { logEntryBody } from '../views/log-entry.js';
import { diagnosisBody } from '../views/diagnosis.js';
import type { OrderRow } from '../views/buyer.js';
import { sellerBody } from '../views/seller.js';
import { errorCode, errorText } from './errors.js';

/** The outcome of a replay, from the redirect's query (`replayed` or `replay_failed` + `code`). */
function replayResult(c: ShopContext): ReplayResult | null {
  const logId = c.req.query('replayed');
  if (logId) return { kind: 'done', logId };
  const of = c.req.query('replay_failed');
  if (!of) return null;
  const given = c.req.query('code') ?? '';
  const code = isErrorCode(given) ? given : 'INTERNAL_ERROR';
  const entry = explain(code);
  return { kind: 'failed', of, code, title: entry?.title.zh ?? code, fix: entry?.fix.zh ?? null };
}

/** Without `diagnosis` the log offers no diagnosis; without `logView` it shows no single entry (see shop-deps.ts). */
export function sellerRoutes({ escrow, shopDb, render, sandboxUrl, diagnosis, logView }: RouteDeps): Hono<ShopEnv> {
  const app = new Hono<ShopEnv>();

  async function rows(): Promise<OrderRow[]> {
    const out: OrderRow[] = [];
    for (const shop of shopDb.allOrders()) {
      const order = await escrow.getOrder(shop.outTradeNo);
      if (order) out.push({ shop, order });
    }
    return out;
  }

  const sellerPage = async (
    c: ShopContext,
    {
      flash = null,
      error = null,
      status = 200,
    }: { flash?: string | null; error?: string | null; status?: ContentfulStatusCode } = {},
  ) =>
    render(
      c,
      '卖家后台',
      sellerBody({ rows: await rows(), flash, error, sandboxUrl, csrf: c.get(CSRF_TOKEN) }),
      status,
    );

  app.get('/seller', async (c) => {
    const shipped = c.req.query('shipped');
    return sellerPage(c, { flash: shipped ? `订单 ${shipped} 已发货` : null });
  });

  app.post('/seller/orders/:id/ship', async (c) => {
    const id = c.req.param('id');
    const form = await c.req.parseBody();
    const invoiceNo = typeof form.invoice_no === 'string' ? form.invoice_no.trim() : '';
    try {
      await escrow.sendGoods(id, {
        logisticsName: typeof form.logistics_name === 'string' ? form.logistics_name.trim() : '',
        // As the form sent it: sendGoods refuses a type it does not know (ILLEGAL_ARGUMENT), shown on the page.
        transportType: String(form.transport_type ?? '') as SendGoodsOrderInput['transportType'],
        ...(invoiceNo === '' ? {} : { invoiceNo }),
      });
      return c.redirect(`/seller?shipped=${encodeURIComponent(id)}`, 303);
    } catch (e) {
      return sellerPage(c, { error: `订单 ${id} 发货失败：${errorText(e)}`, status: 409 });
    }
  });

  app.get('/admin/log', async (c) =>
    render(
      c,
      '通知日志',
      logBody({
        entries: await escrow.listLog({ limit: 200 }),
        result: replayResult(c),
        csrf: c.get(CSRF_TOKEN),
        canDiagnose: diagnosis !== undefined,
      }),
    ),
  );

  // One entry: its parameters decoded in the message's charset, its raw bytes, its code in Chinese.
  app.get('/admin/log/:id', async (c) => {
    const entry = logView && (await logView.getLog(c.req.param('id')));
    if (!logView || !entry)
      return render(
        c,
        '没有这条记录',
        errorBody('没有这条记录', '通知日志里没有这条记录。', { href: '/admin/log', label: '返回通知日志' }),
        404,
      );
    const found = entry.code && isErrorCode(entry.code) ? explain(entry.code) : undefined;
    const explained = found ? { title: found.title.zh, cause: found.cause.zh, fix: found.fix.zh } : null;
    return render(
      c,
      '通知日志',
      logEntryBody({ entry, message: readLoggedMessage(entry, logView.charset), explained }),
    );
  });

  // On demand only: the diagnosis tries several guesses, each a signature check (core's diagnoseMessage).
  app.get('/admin/log/:id/diagnose', async (c) => {
    const entry = diagnosis && (await diagnosis.store.getLog(c.req.param('id')));
    if (!diagnosis || !entry)
      return render(
        c,
        '诊断',
        diagnosisBody({
          entry: { id: c.req.param('id'), channel: '—', code: null },
          diagnosis: null,
          title: null,
          reason: '没有这条记录。',
        }),
        404,
      );
    if (entry.raw.length !== entry.rawSize) {
      const reason = `这条记录没有通过验证，日志只保存了收到的 ${entry.rawSize} 字节中的前 ${entry.raw.length} 字节，无法重新验证。`;
      return render(c, '诊断', diagnosisBody({ entry, diagnosis: null, title: null, reason }));
    }
    const result = await diagnoseMessage(entry.raw, {
      keys: diagnosis.keys,
      charset: diagnosis.charset,
      checkNotifyId: false,
      channel: entry.channel === 'return' ? 'return' : 'notify',
    });
    const title = result.code === 'OK' ? '签名和格式都没有问题' : (explain(result.code)?.title.zh ?? null);
    return render(c, '诊断', diagnosisBody({ entry, diagnosis: result, title, reason: null }));
  });

  // Core refuses to replay what it never fully verified (REPLAY_REFUSED); the page says why.
  app.post('/admin/log/:id/replay', async (c) => {
    const id = c.req.param('id');
    const form = await c.req.parseBody();
    const verifyNotifyId = form.verify_notify_id === '1';
    try {
      const outcome = await escrow.replay(id, verifyNotifyId ? { verifyNotifyId: true } : undefined);
      return c.redirect(`/admin/log?replayed=${encodeURIComponent(outcome.logId)}`, 303);
    } catch (e) {
      const code = errorCode(e);
      console.error(`[shop] replay of ${id} failed: ${errorText(e)}`);
      return c.redirect(`/admin/log?replay_failed=${encodeURIComponent(id)}&code=${encodeURIComponent(code)}`, 303);
    }
  });

  return app;
}
