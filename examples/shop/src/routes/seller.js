/** The seller's page (ship through escrow.sendGoods, see refunds) and the notification log with replay. */
import { Hono } from 'hono';
import { logBody } from '../views/admin.js';
import { layout } from '../views/layout.js';
import { sellerBody } from '../views/seller.js';
import { errorText } from './errors.js';

export function sellerRoutes({ escrow, shopDb, currentUser, sandboxUrl }) {
  const app = new Hono();
  const page = (c, title, body, status = 200) => c.html(layout({ title, user: currentUser(c), body }), status);

  async function rows() {
    const out = [];
    for (const shop of shopDb.allOrders()) {
      const order = await escrow.getOrder(shop.outTradeNo);
      if (order) out.push({ shop, order });
    }
    return out;
  }

  app.get('/seller', async (c) => page(c, '卖家后台', sellerBody({ rows: await rows(), flash: c.req.query('flash'), error: null, sandboxUrl })));

  app.post('/seller/orders/:id/ship', async (c) => {
    const id = c.req.param('id');
    const form = await c.req.parseBody();
    const invoiceNo = typeof form.invoice_no === 'string' ? form.invoice_no.trim() : '';
    try {
      await escrow.sendGoods(id, {
        logisticsName: typeof form.logistics_name === 'string' ? form.logistics_name.trim() : '',
        transportType: String(form.transport_type ?? ''),
        ...(invoiceNo === '' ? {} : { invoiceNo }),
      });
      return c.redirect(`/seller?flash=${encodeURIComponent(`订单 ${id} 已发货`)}`, 303);
    } catch (e) {
      return page(c, '卖家后台', sellerBody({ rows: await rows(), flash: null, error: `订单 ${id} 发货失败：${errorText(e)}`, sandboxUrl }), 409);
    }
  });

  app.get('/admin/log', async (c) => page(c, '通知日志', logBody({ entries: await escrow.listLog({ limit: 200 }), flash: c.req.query('flash') })));

  app.post('/admin/log/:id/replay', async (c) => {
    const id = c.req.param('id');
    let flash;
    try {
      const outcome = await escrow.replay(id);
      flash = `已重放 ${id}：${outcome.verdict}${outcome.code ? `（${outcome.code}）` : ''}，应答 ${outcome.reply}`;
    } catch (e) {
      flash = `重放 ${id} 失败：${errorText(e)}`;
    }
    return c.redirect(`/admin/log?flash=${encodeURIComponent(flash)}`, 303);
  });

  return app;
}
