#!/usr/bin/env node
// `npm run demo`: a walkthrough that runs the real CLI (packages/cli/dist/bin.js) step by step —
// a payment request in UTF-8 and in GBK, a notification signed, verified, tampered with and
// diagnosed, and an error code explained. Exits non-zero if any step gives an unexpected outcome.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const GATEWAY = 'https://mapi.alipay.com/gateway.do';

// Made up for this demo: no Alipay account has them. 演示用的虚构账号与密钥，不是真实的。
const PARTNER = '2088000012345678';
const DEMO_KEY = 'demokey0notreal0demokey0notreal0'; // DEMO KEY — 演示密钥，切勿用于生产

class StepFailed extends Error {}

function cli(args, input = '') {
  const run = spawnSync(process.execPath, [BIN, ...args], { input, maxBuffer: 16 * 1024 * 1024 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

function cliJson(args, input) {
  const run = cli(args, input);
  let json;
  try {
    json = JSON.parse(run.stdout);
  } catch {
    throw new StepFailed(`expected JSON from \`alipay-escrow ${args[0]}\`, got:\n${run.stdout}${run.stderr}`);
  }
  return { ...run, json };
}

function expectThat(condition, what) {
  if (!condition) throw new StepFailed(what);
  console.log(`  ✓ ${what}`);
}

function heading(n, zh, en) {
  console.log(`\n${'─'.repeat(78)}\n${n}. ${zh}\n   ${en}\n${'─'.repeat(78)}`);
}

function show(label, value) {
  console.log(`  ${label}:`);
  for (const line of String(value).split('\n')) console.log(`    ${line}`);
}

/** The shown command line, with the key masked the way a careful README would show it. */
function shown(args) {
  return `alipay-escrow ${args.map((a) => (a === DEMO_KEY ? '$DEMO_KEY' : a)).join(' ')}`;
}

function queryParam(url, name) {
  return url
    .split(/[?&]/)
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** Percent-escapes back to bytes, then decoded with `charset` (Node's full ICU decodes GBK). */
function decodeEscapes(escaped, charset) {
  const bytes = [];
  for (let i = 0; i < escaped.length; i++) {
    if (escaped[i] === '%') {
      bytes.push(parseInt(escaped.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(escaped[i] === '+' ? 0x20 : escaped.charCodeAt(i));
  }
  return new TextDecoder(charset).decode(Uint8Array.from(bytes));
}

function paymentParams(charset) {
  return {
    service: 'create_partner_trade_by_buyer',
    partner: PARTNER,
    _input_charset: charset,
    payment_type: '1',
    notify_url: 'https://shop.example.com/alipay/notify',
    return_url: 'https://shop.example.com/alipay/return',
    seller_id: PARTNER,
    out_trade_no: 'DEMO-20240501-0001',
    subject: '手工青瓷茶杯（演示）',
    price: '0.01',
    quantity: '1',
    logistics_type: 'EXPRESS',
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
  };
}

const notification = {
  notify_type: 'trade_status_sync',
  notify_id: 'demo9f0a7d2c4b1e4c6b8a3f5e7d9c1b2a4f6e8d0c2b',
  notify_time: '2024-05-01 10:02:11',
  trade_no: '2024050121001004000000000001',
  out_trade_no: 'DEMO-20240501-0001',
  subject: '手工青瓷茶杯（演示）',
  payment_type: '1',
  price: '0.01',
  quantity: '1',
  total_fee: '0.01',
  discount: '0.00',
  is_total_fee_adjust: 'N',
  use_coupon: 'N',
  trade_status: 'WAIT_SELLER_SEND_GOODS',
  seller_id: PARTNER,
  seller_email: 'seller@shop.example.com',
  buyer_id: '2088000087654321',
  buyer_email: 'buyer@example.com',
  gmt_create: '2024-05-01 10:01:30',
  gmt_payment: '2024-05-01 10:02:10',
  logistics_type: 'EXPRESS',
  logistics_fee: '0.00',
  logistics_payment: 'SELLER_PAY',
};

const state = {};

const steps = [
  () => {
    heading(
      1,
      '创建担保交易付款请求（UTF-8）：¥0.01 的商品，中文标题',
      'Build an escrow payment request (UTF-8): a ¥0.01 item with a Chinese subject',
    );
    const args = ['sign', '--key', DEMO_KEY, '--charset', 'utf-8', '--form'];
    console.log(`  $ ${shown(args)} < params.json`);
    const { status, json } = cliJson(args, JSON.stringify(paymentParams('utf-8')));
    show('待签名字符串 / pre-sign string', json.presign);
    show('签名 / sign (MD5)', json.sign);
    show('付款链接 / payment URL', json.url);
    show('自动提交表单 / auto-submitting form', json.form);
    expectThat(status === 0, '退出码 0 / exit code 0');
    expectThat(/^[0-9a-f]{32}$/.test(json.sign), '签名为 32 位小写十六进制 / sign is 32 lower-case hex digits');
    expectThat(
      json.url.startsWith(`${GATEWAY}?_input_charset=utf-8&`),
      '链接指向支付宝网关 / URL points at the Alipay gateway',
    );
    expectThat(
      json.form.includes(`action="${GATEWAY}?_input_charset=utf-8"`),
      '表单 action 带 _input_charset / form action carries _input_charset',
    );
    state.utf8 = json;
  },
  () => {
    heading(
      2,
      '同一笔订单改用 GBK：签名不同，百分号编码不同',
      'The same order in GBK: a different signature and different percent-escapes',
    );
    const args = ['sign', '--key', DEMO_KEY, '--charset', 'gbk', '--form'];
    console.log(`  $ ${shown(args)} < params.json`);
    const { status, json } = cliJson(args, JSON.stringify(paymentParams('gbk')));
    const utf8Subject = queryParam(state.utf8.url, 'subject');
    const gbkSubject = queryParam(json.url, 'subject');
    show('签名 / sign  UTF-8', state.utf8.sign);
    show('签名 / sign  GBK  ', json.sign);
    show('subject  UTF-8 (3 bytes per 汉字)', utf8Subject);
    show('subject  GBK   (2 bytes per 汉字)', gbkSubject);
    show('付款链接 / payment URL (GBK)', json.url);
    expectThat(status === 0, '退出码 0 / exit code 0');
    expectThat(json.sign !== state.utf8.sign, 'GBK 签名与 UTF-8 签名不同 / the GBK sign differs from the UTF-8 sign');
    expectThat(gbkSubject !== utf8Subject, '中文的百分号编码不同 / the Chinese text is escaped differently');
    expectThat(
      decodeEscapes(gbkSubject, 'gbk') === paymentParams('gbk').subject,
      'GBK 编码可还原为原标题 / the GBK escapes decode back to the subject',
    );
    expectThat(json.form.includes('accept-charset="gbk"'), '表单以 GBK 提交 / the form submits in GBK');
  },
  () => {
    heading(
      3,
      '模拟支付宝签名一条异步通知（WAIT_SELLER_SEND_GOODS：买家已付款）',
      'Sign a sample trade_status_sync notification (WAIT_SELLER_SEND_GOODS: the buyer has paid)',
    );
    const args = ['sign', '--key', DEMO_KEY, '--charset', 'utf-8'];
    console.log(`  $ ${shown(args)} < notification.json`);
    const { status, json } = cliJson(args, JSON.stringify(notification));
    // What Alipay POSTs to notify_url is exactly the query part: the signed fields, form-encoded.
    state.body = json.url.slice(json.url.indexOf('?') + 1);
    show('待签名字符串 / pre-sign string', json.presign);
    show('POST 到 notify_url 的原始报文 / raw body POSTed to notify_url', state.body);
    expectThat(status === 0, '退出码 0 / exit code 0');
    expectThat(
      state.body.includes('trade_status=WAIT_SELLER_SEND_GOODS'),
      '报文含交易状态 / the body carries trade_status',
    );
    expectThat(
      state.body.includes(`sign=${json.sign}&sign_type=MD5`),
      '报文含签名 / the body carries sign and sign_type',
    );
  },
  () => {
    heading(4, '验证这条通知（--offline）', 'Verify that notification (--offline)');
    console.log('  为什么离线 / why offline: 在线验证还会向支付宝网关发送 notify_verify 确认 notify_id；');
    console.log('  这条通知是本地虚构的，真实网关会回答 false。--offline 只跳过这一次远程调用，');
    console.log('  签名、sign_type、notify_id 必填等规则照常检查。');
    console.log('  Online verification also asks the Alipay gateway (notify_verify) to confirm the notify_id;');
    console.log('  this notification was made up here, so the real gateway would answer "false". --offline');
    console.log('  skips only that remote call; the signature, sign_type and notify_id rules still apply.');
    const args = ['verify', '--key', DEMO_KEY, '--charset', 'utf-8', '--offline'];
    console.log(`  $ ${shown(args)} < body`);
    const { status, json } = cliJson(args, Buffer.from(state.body, 'latin1'));
    show('结果 / result', JSON.stringify(json, null, 2));
    expectThat(status === 0, '退出码 0 / exit code 0');
    expectThat(json.valid === true && json.code === 'OK', '通知有效 / the notification is valid');
  },
  () => {
    heading(5, '篡改金额 total_fee：验证拒绝并给出诊断', 'Tamper with total_fee: verification refuses it and says why');
    const tampered = state.body.replace('total_fee=0.01', 'total_fee=100.00');
    show('篡改后 / tampered', 'total_fee=0.01  →  total_fee=100.00');
    const args = ['verify', '--key', DEMO_KEY, '--charset', 'utf-8', '--offline'];
    console.log(`  $ ${shown(args)} < tampered-body`);
    const { status, json } = cliJson(args, Buffer.from(tampered, 'latin1'));
    show('结果 / result', JSON.stringify(json, null, 2));
    expectThat(tampered !== state.body, '报文已被修改 / the body was changed');
    expectThat(status === 1, '退出码 1 / exit code 1');
    expectThat(json.valid === false && json.code === 'SIGN_MISMATCH', '被拒绝：SIGN_MISMATCH / refused: SIGN_MISMATCH');
    expectThat(typeof json.hint === 'string' && json.hint.length > 0, '附带诊断 / comes with a diagnosis');
    console.log(
      '  诊断的含义 / what the diagnosis means: 字符集、"+" 解码、多余参数等常见的无意损坏都解释不了这次不匹配，',
    );
    console.log('  所以是内容本身被改了——这样的通知必须回复 fail，绝不能发货。');
    console.log('  None of the usual accidental breakages (charset, "+" decoding, an added parameter…) explains');
    console.log('  the mismatch, so the content itself was changed: answer `fail` and never ship on it.');
  },
  () => {
    heading(6, '查询错误码：ILLEGAL_SIGN 的原因与解决办法', 'Look up an error code: cause and fix of ILLEGAL_SIGN');
    const args = ['explain', 'ILLEGAL_SIGN'];
    console.log(`  $ ${shown(args)}`);
    const run = cli(args);
    show('输出 / output', run.stdout.trimEnd());
    expectThat(run.status === 0, '退出码 0 / exit code 0');
    expectThat(run.stdout.includes('ILLEGAL_SIGN'), '给出原因与解决办法 / prints cause and fix');
  },
];

if (!existsSync(BIN)) {
  console.error(`demo: ${BIN} is missing — run \`npm run build\` first (npm run demo does).`);
  process.exit(1);
}

console.log('alipay-escrow 演示 / demo');
console.log(`  演示账号 / demo partner: ${PARTNER}`);
console.log(`  演示密钥 / demo key: DEMO_KEY=${DEMO_KEY}`);
console.log('    （虚构的 32 位演示密钥，不是真实密钥 / a made-up 32-character demo key, not a real one）');
try {
  for (const step of steps) step();
} catch (error) {
  if (!(error instanceof StepFailed)) throw error;
  console.error(`\n  ✗ 未得到预期结果 / unexpected outcome: ${error.message}`);
  process.exit(1);
}

console.log(`\n${'─'.repeat(78)}`);
console.log('全部 6 步均得到预期结果。/ All 6 steps gave the expected outcome.');
console.log('演示商店与本地沙箱将在后续版本提供。/ The demo shop and the local sandbox arrive in later versions.');
