#!/usr/bin/env node
// `node examples/shop/dist/start.js` after `npm run build` (`npm run demo` builds first, see
// ../demo.js): the demo shop and the local sandbox gateway. Prints the URLs and the sandbox config;
// opens nothing; Ctrl-C stops both.
import { eventLine } from '@alipay-escrow/sandbox/node';
import { ConfigError, readConfig, type ShopConfig } from './config.js';
import { startShop, type RunningShop } from './shop.js';

let config: ShopConfig;
try {
  config = readConfig(process.env);
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`配置错误 / configuration error: ${e.message}`);
  process.exit(2);
}

let shop: RunningShop;
try {
  shop = await startShop({
    ...config,
    log: (line) => console.log(line),
    onSandboxEvent: (event) => console.log(`[sandbox] ${eventLine(event)}`),
  });
} catch (e) {
  // A port in use (shop.ts's StartError) or a library error: both say what to do in `hint`.
  const hint = e !== null && typeof e === 'object' && 'hint' in e && typeof e.hint === 'string' ? e.hint : undefined;
  console.error(
    `启动失败 / could not start: ${e instanceof Error ? e.message : String(e)}${hint ? `\n  ${hint}` : ''}`,
  );
  process.exit(1);
}

const s = shop.sandboxUrl;
const password = shop.adminPasswordFromEnv
  ? '(SHOP_ADMIN_PASSWORD)'
  : `${shop.adminPassword}   (random for this run; set SHOP_ADMIN_PASSWORD to choose one)`;
console.log(`
担保交易演示商店 / escrow demo shop (${shop.charset})
  商店 shop            ${shop.url}/
  我的订单 my orders    ${shop.url}/orders
  卖家后台 seller       ${shop.url}/seller
  通知日志 notify log   ${shop.url}/admin/log
  卖家密码 admin password ${password}
  JSON API             POST ${shop.url}/api/orders · GET ${shop.url}/api/orders/:outTradeNo

支付宝沙箱 / sandbox gateway
  收银台 cashier        ${s}/cashier/<trade_no>  (reached by paying an order)
  买家中心 buyer        ${s}/sandbox/buyer?buyer=${encodeURIComponent(shop.buyerLogin)}
  卖家中心 seller       ${s}/sandbox/seller
  交易与通知 inspection ${s}/sandbox
  测试 API test API     ${s}/sandbox/test-api  (curl examples; test buyers pay-fail@ / pay-hang@ / pay-close@buyer.sandbox)

沙箱配置 / sandbox config (not a real Alipay account)
  gatewayUrl  ${shop.gatewayUrl}
  partner     ${shop.credentials.partner}
  key (MD5)   ${shop.credentials.key}
  seller      ${shop.credentials.seller.id} (${shop.credentials.seller.email})
  charset     ${shop.charset}   timeScale ${shop.timeScale}   chaos ${shop.chaos ? JSON.stringify(shop.chaos) : 'none'}
  data        ${shop.dbFile} · ${shop.sandboxDbFile}

演示用，不是生产商店的登录方案 / a demo: not a template for a production shop's authentication.
Ctrl-C 停止 / stops both.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log('\n正在停止… / stopping…');
    shop.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
