/**
 * The error catalogue: every code of codes.ts with its cause and fix, in Chinese and English.
 * Data only; look entries up with `explain(code)` (explain.ts).
 * Texts cite nothing a reader cannot open; `keywords` are the words people search with
 * (验签失败, 通知收不到), shown on the errors page so its search finds the entry.
 */
import type { ErrorCode } from './codes.js';
import type { CatalogueEntry } from './explain.js';

const CREATE = 'create_partner_trade_by_buyer';
const SEND = 'send_goods_confirm_by_platform';
const VERIFY = 'notify_verify';
const QUERY = 'single_trade_query';
const CLOSE = 'close_trade';
const NOTIFY = 'notification';

/** Every signed server-to-server call plus the payment request. */
const SIGNED = [CREATE, SEND, QUERY, CLOSE] as const;
/** Server-to-server calls answering XML. */
const XML_CALLS = [SEND, QUERY, CLOSE] as const;

const ENTRIES = [
  // ───────────── create_partner_trade_by_buyer business codes ─────────────
  {
    code: 'ILLEGAL_PAYMENT_TYPE',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '支付类型无效', en: 'Invalid payment_type' },
    cause: {
      zh: '请求里的 payment_type 不是 1。担保交易只支持 1（商品购买），空值或其他任何值都会被拒绝。一般是自己的代码覆盖了本库填写的值，或者照搬了其他支付宝产品的示例参数。',
      en: 'The request’s payment_type is not 1. Escrow accepts only 1 (goods purchase); an empty or any other value is rejected. Usually your own code overrode the value the library sets, or parameters were copied from a sample written for another Alipay product.',
    },
    fix: {
      zh: '不要自己传 payment_type，交给本库填写；确实要传时，值必须是字符串 "1"。',
      en: 'Do not set payment_type yourself and let the library fill it in; if you must pass it, use the string "1".',
    },
  },
  {
    code: 'ILLEGAL_FEE_PARAM',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '金额参数不合法', en: 'Amount parameters are malformed or inconsistent' },
    cause: {
      zh: '金额相关参数（price、quantity、total_fee、discount、logistics_fee）格式不对或组合混乱：小数超过两位，带了千分位逗号或货币符号，JS 把很小的数字转成了科学计数法（如 "1e-7"），或者传了 total_fee 却与 price × quantity 对不上。担保交易以 price × quantity 为准，total_fee 会被忽略。',
      en: 'The amount parameters (price, quantity, total_fee, discount, logistics_fee) are malformed or mixed up: more than two decimals, thousands separators or a currency sign, a tiny number that JavaScript turned into exponent notation ("1e-7"), or a total_fee that disagrees with price × quantity. Escrow uses price × quantity; total_fee is ignored.',
    },
    fix: {
      zh: '金额一律写成最多两位小数的字符串（如 "19.90"），只传 price 和 quantity，不传 total_fee，运费和折扣同样用两位小数。本库发出请求前会检查金额（不合格时报 AMOUNT_INVALID）；如果仍然遇到这个错误，检查是不是在本库之外改写过请求参数。',
      en: 'Write every amount as a string with at most two decimals ("19.90"); send price and quantity, not total_fee; use two decimals for shipping and discount too. The library checks amounts before sending (AMOUNT_INVALID); if you still get this code, look for code outside the library that rewrites the request.',
    },
  },
  {
    code: 'PRODUCT_NOT_EXIST',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '签约产品不存在', en: 'No matching product for this account' },
    cause: {
      zh: '支付宝找不到这次请求对应的签约产品，文档里只写了“产品类型不存在”。实际多是这个 partner 没有签约纯担保交易、签约尚未生效或已经到期，或者配置里用了别的账号（比如测试账号）的 partner。',
      en: 'Alipay finds no contracted product for this request; the spec only says “product type does not exist”. In practice the partner has no escrow (纯担保交易) contract, the contract is not active yet or has expired, or the configuration holds another account’s partner id (a test account, say).',
    },
    fix: {
      zh: '登录 b.alipay.com 查看已签约的产品里有没有纯担保交易、状态是否正常；确认配置的 partner 就是签约账号的合作身份者 ID。还查不出原因就带上 partner 和请求时间联系支付宝技术支持。',
      en: 'Log in to b.alipay.com and check that escrow (纯担保交易) is among your contracted products and active, and that the configured partner is that account’s partner id. If that does not explain it, contact Alipay support with the partner id and the time of the request.',
    },
  },
  {
    code: 'EXPARTNER_INFO_UNCORRECT',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '商户接口信息有误', en: 'Merchant interface information is incorrect' },
    cause: {
      zh: '请求里与商户身份有关的信息对不上支付宝登记的签约信息。常见原因：收款账号（seller_id / seller_email）不是 partner 本身，而你并没有平台商协议（没有平台商协议时，收款账号必须就是签约账号）；或者 partner 和安全校验码不属于同一个账号。',
      en: 'The merchant identity in the request does not match what Alipay has on contract. Typical causes: the receiving account (seller_id / seller_email) is not the partner itself although you have no platform (平台商) agreement (without one, the receiving account must be the contracted account), or the partner id and the key belong to different accounts.',
    },
    fix: {
      zh: '没有平台商协议时，把 seller_id 设成与 partner 相同的 2088 号；确认 partner 和 key 是从同一个账号的“技术服务”页面复制的。平台商请向支付宝确认平台协议已经生效。',
      en: 'Without a platform agreement, set seller_id to the same 2088… id as partner, and copy partner and key from the same account’s 技术服务 (technical service) page. Platform merchants: ask Alipay to confirm the platform agreement is active.',
    },
  },
  {
    code: 'TRADE_DATA_MATCH_ERROR',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '交易信息与已有交易不一致', en: 'Trade data does not match the existing trade' },
    cause: {
      zh: '同一个 out_trade_no 第二次提交时，内容和第一次不一样（买家、卖家、金额、商品等）。常见场景：订单改价或改数量后沿用原订单号；测试库和正式库的订单号都从 1 开始，撞了号；几个网站共用一个支付宝账号，各自的订单号重复。支付宝允许在 WAIT_BUYER_PAY 状态下重新发起支付，但数据必须和第一次完全相同。',
      en: 'An out_trade_no was submitted a second time with different content (buyer, seller, amount, goods). Typical cases: the order’s price or quantity changed but the order number was reused; test and production databases both number orders from 1; several sites share one Alipay account and their order numbers collide. Alipay allows paying again while the trade is WAIT_BUYER_PAY, but only with exactly the same data.',
    },
    fix: {
      zh: '订单内容一变就换新的 out_trade_no（例如在原号后加 -2）；给每个站点、每个环境加不同的前缀（如 test-、shopA-），保证订单号在整个支付宝账号内唯一。',
      en: 'Use a new out_trade_no whenever the order’s content changes (append “-2”, say), and give each site and environment its own prefix (test-, shopA-) so order numbers are unique across the whole Alipay account.',
    },
  },
  {
    code: 'LOGISTICS_CHOOSE_ERROR',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '物流信息与已有交易不符', en: 'Logistics data does not match the trade' },
    cause: {
      zh: '支付宝上已有的这笔交易的物流信息，和本次请求传的物流参数（logistics_type / logistics_fee / logistics_payment 各组）不一致。通常是对同一个 out_trade_no 重新发起支付时改了运费或物流方式。',
      en: 'The logistics Alipay already holds for this trade differ from the logistics groups (logistics_type / logistics_fee / logistics_payment) in this request. Usually the shipping fee or method changed while the same out_trade_no was submitted again.',
    },
    fix: {
      zh: '重新发起支付时，物流参数必须与第一次完全相同；需要改运费或物流方式，就用新的 out_trade_no 创建交易。',
      en: 'When paying again, send exactly the same logistics groups as the first time; to change shipping, create a new trade with a new out_trade_no.',
    },
  },
  {
    code: 'ILLEGAL_REQUEST',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '请求无效', en: 'Invalid request' },
    cause: {
      zh: '网关认为整个请求不合法，文档没有更具体的说明。实际中多见于手工拼接的 URL：参数被重复编码，值里的 & 或 = 没有编码，表单提交到了错误的地址，或者请求在途中被截断（例如很长的 GET 地址被代理截掉一部分）。',
      en: 'The gateway rejects the request as a whole; the spec gives no detail. In practice it comes from hand-built URLs: parameters encoded twice, & or = inside a value left unencoded, a form posted to the wrong address, or a request cut short on the way (a long GET URL truncated by a proxy).',
    },
    fix: {
      zh: '用本库生成跳转 URL 或自动提交的表单，生成后不要再改；商品描述、收货地址很长时改用 POST 表单。把同样的参数交给 `alipay-escrow sign`，对比它输出的 url 和你实际发出去的地址。',
      en: 'Build the redirect URL or auto-submitting form with the library and leave it untouched; use a POST form when descriptions or addresses are long. Run the same parameters through `alipay-escrow sign` and compare its `url` with what you actually send.',
    },
  },
  {
    code: 'SELLER_NOT_EXIST',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '卖家账号不存在', en: 'Seller account does not exist' },
    cause: {
      zh: 'seller_email、seller_account_name 或 seller_id 指向的支付宝账号不存在：拼写错误、多了空格，或者卖家改过登录名（邮箱或手机号）、账号已注销。',
      en: 'The Alipay account named by seller_email, seller_account_name or seller_id does not exist: a typo, stray whitespace, or the seller changed the login (email or mobile number) or closed the account.',
    },
    fix: {
      zh: '改用 seller_id（2088 开头的 16 位用户号），它不会随登录名变化，支付宝也这样建议；没有平台商协议时直接用 partner 的值。',
      en: 'Use seller_id (the 16-digit 2088… user id) instead of seller_email; it does not change when the login does, as Alipay recommends. Without a platform agreement it is simply your partner id.',
    },
  },
  {
    code: 'SELLER_NOT_IN_SPECIFIED_SELLERS',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '收款账号不是签约账号', en: 'Seller is not one of the allowed sellers' },
    cause: {
      zh: '收款账号不在这个 partner 允许的卖家范围内。没有平台商协议时，收款账号只能是签约的支付宝账号本身，想把钱收进另一个账号（子公司、个人账号等）就会报这个错。',
      en: 'The receiving account is not among the sellers this partner may collect for. Without a platform (平台商) agreement the only allowed seller is the contracted account itself; collecting into any other account (a subsidiary, a personal account) gives this error.',
    },
    fix: {
      zh: '把 seller_id 设成 partner 的值（或把 seller_email 设成签约账号的登录名）。确实要替别的卖家收款，需要先和支付宝签平台商协议并绑定这些卖家。',
      en: 'Set seller_id to your partner id (or seller_email to the contracted account’s login). To collect for other sellers you first need a platform agreement with Alipay that lists them.',
    },
  },
  {
    code: 'SELF_TIMEOUT_NOT_SUPPORT',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '未开通自定义超时', en: 'Custom timeouts are not enabled for this account' },
    cause: {
      zh: '请求里带了 it_b_pay、t_s_send_1、t_s_send_2 或 t_b_rec_post，但账号没有开通自定义超时功能。没开通时这些参数不但不起作用，还会让整个请求失败。',
      en: 'The request carries it_b_pay, t_s_send_1, t_s_send_2 or t_b_rec_post, but the account does not have the custom-timeout feature. Without it these parameters do nothing except make the whole request fail.',
    },
    fix: {
      zh: '去掉这四个参数，使用默认超时（未付款 7 天自动关闭；确认收货 EMS、快递 10 天，平邮 30 天）。确实需要自定义超时，先联系支付宝开通。',
      en: 'Remove the four parameters and live with the defaults (unpaid trades close after 7 days; receipt auto-confirms after 10 days for EMS/express, 30 days for POST). If you need custom timeouts, ask Alipay to enable the feature first.',
    },
  },
  {
    code: 'TRADE_BUYER_NOT_MATCH',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '买家与原交易不符', en: 'Buyer does not match the trade' },
    cause: {
      zh: '这个 out_trade_no 在支付宝上已经有买家了，这次请求的买家（或正在收银台登录的账号）却是另一个人。常见于：第一次付款时买家已经登录过收银台，第二次换了支付宝账号；重新发起支付时 buyer_email / buyer_id 换了值；支付链接被转给别人去付。',
      en: 'This out_trade_no already has a buyer at Alipay, and this request (or the account logged in at the cashier) is someone else. Typical cases: the buyer logged in at the cashier the first time and uses another Alipay account now; buyer_email / buyer_id changed between attempts; the payment link was passed on to another person.',
    },
    fix: {
      zh: '重新发起支付时不要改 buyer_* 参数，让同一个支付宝账号付款；确实要换买家，就关闭旧订单，用新的 out_trade_no 重新下单。',
      en: 'Keep the buyer_* parameters unchanged when paying again and let the same Alipay account pay; to change the buyer, close the old order and create a new one with a new out_trade_no.',
    },
  },
  {
    code: 'TRADE_SELLER_NOT_MATCH',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '卖家与原交易不符', en: 'Seller does not match the trade' },
    cause: {
      zh: '同一个 out_trade_no 上次提交的卖家（seller_id / seller_email / seller_account_name）和这次不同。例如换了收款账号之后又为旧订单发起支付，或者几个站点共用订单号。',
      en: 'The seller (seller_id / seller_email / seller_account_name) differs from the one submitted earlier with the same out_trade_no — for example an old order paid again after you changed the receiving account, or several sites sharing order numbers.',
    },
    fix: {
      zh: '旧订单继续用原来的收款账号；换收款账号之后发起的支付使用新的 out_trade_no，并给不同站点的订单号加前缀。',
      en: 'Keep the original receiving account for old orders; after changing it, pay with a new out_trade_no, and prefix order numbers per site.',
    },
  },
  {
    code: 'TOTAL_FEE_LESSEQUAL_ZERO',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '交易总额小于或等于零', en: 'Trade total is zero or negative' },
    cause: {
      zh: '应付总额 = price × quantity + discount + logistics_fee，算出来小于或等于 0。通常是负的 discount 抵掉了全部货款（满减、全额优惠券），或者 price 传了 0。',
      en: 'The payable total, price × quantity + discount + logistics_fee, is zero or less. Usually a negative discount wipes out the whole price (a 100 % coupon), or price is 0.',
    },
    fix: {
      zh: '免费订单不要走支付宝；discount 的绝对值要小于货款加运费；price 至少是 0.01。本库在发送前会对每一组物流方案分别算出应付总额并检查，消息里会列出算式。',
      en: 'Do not send free orders to Alipay; keep the discount below price plus shipping; price must be at least 0.01. The library computes the payable total for each logistics option before sending and shows the sum in the message.',
    },
  },
  {
    code: 'TOTAL_FEE_GREATER_THAN_MAX',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '单笔金额超过上限', en: 'Trade total exceeds 1,000,000' },
    cause: {
      zh: '担保交易单笔总额不能超过 1,000,000 元。除了真的大额订单，最常见的原因是单位弄错：把“分”当“元”传了进来（199 元写成 price=19900），金额一下子放大了 100 倍。',
      en: 'An escrow trade may not exceed 1,000,000 yuan. Apart from genuinely large orders, the usual cause is a unit mix-up: cents (分) passed as yuan (199 yuan sent as price=19900), a hundredfold increase.',
    },
    fix: {
      zh: '确认传给本库的金额单位是元、两位小数（如 "199.00"）；真超过 100 万的订单需要拆单或换别的支付方式。本库在发送前就会检查每一组物流方案的应付总额。',
      en: 'Make sure amounts reach the library in yuan with two decimals ("199.00"); orders really above one million must be split or paid another way. The library checks the payable total of every logistics option before sending.',
    },
  },
  {
    code: 'EXTERFACE_INVOKE_CONTEXT_EXPIRED',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '接口调用上下文已过期', en: 'Call context expired' },
    cause: {
      zh: '支付宝为这次调用保存的上下文已经失效。实际中多是买家打开了一个很旧的支付链接：收银台页面放了很久才操作，从浏览器历史或邮件里的链接重新进入，或者你的页面缓存了带签名的支付地址。',
      en: 'The context Alipay kept for this call has expired. In practice the buyer used an old payment link: the cashier page sat open for a long time, the link was reopened from browser history or an email, or your site cached a signed payment URL.',
    },
    fix: {
      zh: '每次买家点“去付款”时再生成支付地址或表单，不要缓存，也不要把带签名的链接发邮件；让买家回到你的网站重新发起支付（订单仍是 WAIT_BUYER_PAY 且数据没变时，可以沿用原来的 out_trade_no）。',
      en: 'Generate the payment URL or form when the buyer clicks “pay”; never cache it or email signed links. Send the buyer back to your site to start again (while the trade is WAIT_BUYER_PAY and nothing changed, the same out_trade_no can be reused).',
    },
  },
  {
    code: 'ILLEGAL_LOGISTICS_FORMAT',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '物流参数格式错误', en: 'Logistics parameters are malformed' },
    cause: {
      zh: '物流参数不符合规则：缺少第一组（logistics_type、logistics_fee、logistics_payment）；某一组只填了一部分；跳过第二组直接填了第三组（_2）；logistics_type 用了担保交易不支持的值（只能是 POST、EXPRESS、EMS，DIRECT 只用于发货接口）；运费为负数或超过两位小数；或者后面的组重复了第一组的物流类型。',
      en: 'The logistics groups break the rules: group 1 (logistics_type, logistics_fee, logistics_payment) is missing; a group is only partly filled; group 3 (_2) is used without group 2; logistics_type has a value escrow does not accept (only POST, EXPRESS, EMS — DIRECT exists only for send-goods); a fee is negative or has more than two decimals; or a later group repeats group 1’s type.',
    },
    fix: {
      zh: '至少给一组完整的物流信息（例如 POST、"0.00"、SELLER_PAY）；有多组时按 1、2、3 的顺序连续填写，每组三项都要有；类型只用 POST、EXPRESS、EMS，各组不要重复；运费写成两位小数的字符串。本库在发送前就会检查这些规则，错误的 field 属性指出是哪一组的哪一项。',
      en: 'Send at least one complete group (for example POST, "0.00", SELLER_PAY); fill further groups in order 1, 2, 3 with all three fields each; use only POST, EXPRESS, EMS and no type twice; write fees as two-decimal strings. The library checks these rules before sending; the error’s field property names the offending field.',
    },
  },
  // ───────────── common gateway codes ─────────────
  {
    code: 'ILLEGAL_SIGN',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '签名错误', en: 'Signature rejected by the gateway' },
    keywords: {
      zh: ['签名错误', '签名不对', '签名不一致', 'sign 错误'],
      en: ['signature error', 'wrong signature', 'invalid sign'],
    },
    cause: {
      zh: '支付宝按同样的规则重新计算签名，和请求里的 sign 不一致。常见原因：① 安全校验码（key）不对：用了测试账号或别的 partner 的 key，或者在 b.alipay.com 重新生成过 key 而配置没更新；② 字符集不一致：_input_charset 写的是 gbk，签名时却按 UTF-8 字节计算（或者反过来），只要有中文就会出错；③ 签名前先做了 URL 编码，签的是 email=test%40msn.com 而不是 email=test@msn.com；④ 值为空的参数也参与了签名，或者发出了没有参与签名的参数；⑤ 签名之后请求又被改过：框架往表单里插了 CSRF 隐藏字段，表单 action 上除了 _input_charset 还带了别的参数，模板引擎把值二次转义或去掉了首尾空格；⑥ 自己拼的 GET 地址里 + 没有编码，到支付宝那里变成了空格。',
      en: 'Alipay recomputed the signature by the same rules and got something other than the request’s sign. Common causes: (1) wrong key — a test account’s or another partner’s key, or the key was regenerated on b.alipay.com and the configuration not updated; (2) charset mismatch — _input_charset says gbk but the bytes signed were UTF-8 (or the reverse), which breaks as soon as there is Chinese text; (3) values URL-encoded before signing (email=test%40msn.com instead of email=test@msn.com); (4) empty values signed, or parameters sent that were not signed; (5) the request changed after signing — a framework added a CSRF hidden field, the form action carries parameters other than _input_charset, a template engine escaped a value twice or trimmed it; (6) a hand-built GET URL with an unencoded +, which Alipay reads as a space.',
    },
    fix: {
      zh: '先在 b.alipay.com 的“技术服务”页面核对 partner 和 key 属于同一个账号、并且是最新的；再把实际发出的参数（不含 sign、sign_type）存成 JSON，执行 `alipay-escrow sign --key "$ALIPAY_KEY" --charset <与 _input_charset 相同> < params.json`，比较输出的 presign（待签名字符串）和 sign 与你发出的是否一致。用本库生成的地址或表单不要再改动，并为支付表单关掉 CSRF 字段注入。',
      en: 'First check on b.alipay.com (技术服务) that partner and key belong to the same account and that the key is current. Then save the parameters you actually sent (without sign and sign_type) as JSON and run `alipay-escrow sign --key "$ALIPAY_KEY" --charset <same as _input_charset> < params.json`; compare its presign (the string to sign) and sign with yours. Do not modify URLs or forms the library built, and switch off CSRF-field injection for the payment form.',
    },
  },
  {
    code: 'ILLEGAL_DYN_MD5_KEY',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '动态密钥错误', en: 'Dynamic key rejected' },
    cause: {
      zh: '网关认为请求中的动态 MD5 密钥不正确。担保交易用的是固定的安全校验码，本库不会发送动态密钥；出现这个错误，通常说明账号的安全配置与请求方式不匹配，或者请求里混入了其他产品的参数。',
      en: 'The gateway rejects a dynamic MD5 key. Escrow signs with the fixed key (安全校验码) and the library never sends a dynamic one, so this usually means the account’s security settings do not fit the request, or parameters of another product slipped into it.',
    },
    fix: {
      zh: '检查请求里是否有你另外加进去的、不属于担保交易的参数并去掉；确认 sign_type 与账号的配置一致。仍然出现的话，带上 partner 和请求时间联系支付宝技术支持。',
      en: 'Remove any parameters you added that do not belong to escrow, and check that sign_type matches the account’s setup. If it persists, contact Alipay support with the partner id and the time of the request.',
    },
  },
  {
    code: 'ILLEGAL_ENCRYPT',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '加密错误', en: 'Encryption rejected' },
    cause: {
      zh: '网关解密或校验加密内容失败。担保交易和发货接口本身不使用加密参数，所以多半是账号的安全配置要求加密，或者请求里混入了其他产品的加密字段，与本库发出的请求不一致。',
      en: 'The gateway failed to decrypt or check encrypted content. Escrow and send-goods use no encrypted parameters, so the account’s security settings most likely expect encryption, or another product’s encrypted fields slipped into the request.',
    },
    fix: {
      zh: '去掉不属于担保交易的额外参数，确认 sign_type 与账号配置一致；仍然出现请联系支付宝技术支持核对账号的安全配置。',
      en: 'Remove extra parameters that are not part of escrow and make sure sign_type matches the account; if it persists, ask Alipay support to check the account’s security configuration.',
    },
  },
  {
    code: 'ILLEGAL_ARGUMENT',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '参数格式不正确', en: 'A parameter is malformed' },
    cause: {
      zh: '某个参数或它的值格式不对；网关返回这个码时不会告诉你是哪一个。创建交易时常见的有：price ≤ 0 或超过 1,000,000；发送了值为空的参数（参数一旦出现就不能为空）；收货信息格式不对，或者只填了 receive_name 没填 receive_address；partner、seller_id 不是 2088 开头的 16 位数字。确认发货时常见的有：logistics_name 长度不在 1–64、invoice_no 不在 1–32；seller_ip 不是合法的公网 IPv4（10.x、192.168.x 这类内网地址不行）；transport_type / create_transport_type 不是 POST、EXPRESS、EMS、DIRECT；trade_no 为空。',
      en: 'Some parameter or value is malformed; when the gateway returns this code it does not say which. When creating a trade: price ≤ 0 or above 1,000,000; a parameter sent with an empty value (a parameter that is sent must not be empty); malformed consignee data, or receive_name without receive_address; partner or seller_id not 16 digits starting 2088. When confirming shipment: logistics_name not 1–64 characters or invoice_no not 1–32; seller_ip not a valid public IPv4 (10.x or 192.168.x will not do); transport_type / create_transport_type not POST, EXPRESS, EMS or DIRECT; an empty trade_no.',
    },
    fix: {
      zh: '本库在发送前发现参数问题时也会报这个码（比如该传字符串却传了数字、超时参数写法不对、发货接口的字段不合规），这时错误的 field 属性和消息会指明是哪个参数，按提示改正即可。如果是网关返回的，重点看本库不检查的业务内容：收货信息、seller_ip、物流公司名称；可以逐个去掉可选参数重试，找出是哪一个。',
      en: 'The library raises this code itself when it catches a bad parameter before sending (a number where a string is expected, a malformed timeout value, an invalid send-goods field); then the error’s field property and message name the parameter — correct it as told. If the gateway returned it, look at the business content the library cannot judge: consignee data, seller_ip, carrier name; dropping optional parameters one at a time finds the culprit.',
    },
  },
  {
    code: 'ILLEGAL_SERVICE',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '接口名称错误或参数丢失', en: 'Unknown service, or the parameters never arrived' },
    cause: {
      zh: 'service 参数不对（拼写错误、多了空格），或者请求到达网关时参数已经全部丢失。参数丢失最常见的情况是：POST 到 http:// 地址，被重定向到 https:// 时请求体被丢掉；GET 表单把参数写在 action 的查询串里，浏览器提交时会丢弃它；代理或防火墙剥掉了请求体。',
      en: 'The service parameter is wrong (a typo, stray whitespace), or all parameters were lost before reaching the gateway. Parameters get lost when a POST goes to an http:// address and the redirect to https:// drops the body; when a GET form puts parameters in the action’s query string, which browsers discard; or when a proxy or firewall strips the body.',
    },
    fix: {
      zh: '只使用 https://mapi.alipay.com/gateway.do，不要依赖重定向；用本库生成表单或地址（参数都放在隐藏字段里，action 上只有 _input_charset）。服务端调用出现这个错误时，用日志或抓包确认实际发出的请求体不是空的。',
      en: 'Use https://mapi.alipay.com/gateway.do exactly and never rely on a redirect; let the library build the form or URL (parameters as hidden fields, only _input_charset on the action). For server calls, log or capture the request to confirm its body is not empty.',
    },
  },
  {
    code: 'ILLEGAL_USER',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '用户 ID 错误', en: 'Invalid user id' },
    cause: {
      zh: '请求里的支付宝用户号不合法或不存在，通常是 seller_id 或 buyer_id 写错了：不是 2088 开头的 16 位数字、多了空格、把邮箱填进了 *_id 字段，或者用了另一个账号体系（测试账号与正式账号混用）的用户号。',
      en: 'An Alipay user id in the request is malformed or unknown, usually seller_id or buyer_id: not 16 digits starting 2088, stray whitespace, an email put into an *_id field, or an id from another set of accounts (test versus production).',
    },
    fix: {
      zh: '核对 seller_id / buyer_id；不确定买家的用户号时就别传 buyer_id，让买家在收银台自己登录。',
      en: 'Check seller_id / buyer_id; if you are not sure of the buyer’s id, leave buyer_id out and let the buyer log in at the cashier.',
    },
  },
  {
    code: 'ILLEGAL_PARTNER',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '合作身份者 ID 错误', en: 'Invalid partner id' },
    keywords: { zh: ['PID 错误', '合作者身份 ID 错误'], en: ['wrong PID'] },
    cause: {
      zh: 'partner 不对：填错了、带了空格或换行、把签约邮箱当成了 partner、partner 和 key 填反了（这很常见），或者用的是支付宝国际版账号——这些老接口只认国内 alipay.com 的签约账号。',
      en: 'The partner id is wrong: a typo, whitespace or a newline, the contract email used instead of the id, partner and key swapped (a common slip), or an Alipay international account — these legacy services accept only domestic alipay.com contract accounts.',
    },
    fix: {
      zh: '到 b.alipay.com 的“技术服务”页面复制合作身份者 ID（2088 开头的 16 位数字）和安全校验码，分别填入对应配置；从环境变量读取时去掉结尾的换行。本库在发送前会检查 partner 的格式，格式不对时也报这个码，不会把请求发出去。',
      en: 'Copy the partner id (16 digits starting 2088) and the key from the 技术服务 page on b.alipay.com into the right options; strip the trailing newline when reading them from environment variables. The library checks the partner’s format before sending and raises this code itself, without calling Alipay, when it is malformed.',
    },
  },
  {
    code: 'ILLEGAL_EXTERFACE',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '接口配置错误', en: 'Service configuration error' },
    cause: {
      zh: '支付宝那边这个接口对你账号的配置有问题（例如没有配置或配置不完整）。这是账号侧的问题，不是请求内容的问题。',
      en: 'Alipay’s configuration of this service for your account is faulty (missing or incomplete). The problem is on the account side, not in the request.',
    },
    fix: {
      zh: '先确认 service 名称正确、并且是你签约的接口；然后带上 partner、service 和请求时间，请支付宝技术支持核查接口配置。',
      en: 'Check that the service name is right and is one you have a contract for, then ask Alipay support to check the configuration, giving the partner id, the service and the time of the request.',
    },
  },
  {
    code: 'ILLEGAL_PARTNER_EXTERFACE',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '未签约或未开通该接口', en: 'Service not enabled for this partner' },
    cause: {
      zh: '这个 partner 没有签约、或者还没开通所调用的接口。典型情况：账号签的是即时到账或双功能收款，却调用了纯担保交易的 create_partner_trade_by_buyer；没开通确认发货接口就调用 send_goods_confirm_by_platform；合同已经到期。',
      en: 'The partner has no contract for the service called, or it is not active. Typical cases: the account signed for direct pay (即时到账) or dual-function collection but calls escrow’s create_partner_trade_by_buyer; send_goods_confirm_by_platform called without that service enabled; an expired contract.',
    },
    fix: {
      zh: '在 b.alipay.com 查看已签约的产品及状态，调用的 service 必须在签约范围内；需要的接口没开通就联系支付宝签约。',
      en: 'Check your contracted products and their status on b.alipay.com; the service called must be among them. If it is not, contact Alipay to sign up for it.',
    },
  },
  {
    code: 'ILLEGAL_SECURITY_PROFILE',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '没有匹配的密钥配置', en: 'No matching key configuration' },
    cause: {
      zh: '支付宝找不到与这次签名方式对应的密钥配置。例如 sign_type=RSA，但你还没把商户 RSA 公钥交给支付宝；或者账号只配置了 RSA，请求却用 MD5。',
      en: 'Alipay has no key set up for the signing method used. For example sign_type=RSA but you never gave Alipay your RSA public key, or the account is set up for RSA only and the request uses MD5.',
    },
    fix: {
      zh: '让 sign_type 与账号实际的配置一致：用 MD5 就确认账号有安全校验码；用 RSA 就先把商户公钥交给支付宝，并拿到支付宝公钥用于验签。',
      en: 'Make sign_type match the account: for MD5 the account needs its key (安全校验码); for RSA, give Alipay your public key first and get Alipay’s public key for verification.',
    },
  },
  {
    code: 'ILLEGAL_AGENT',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '代理人 ID 错误', en: 'Invalid agent id' },
    cause: {
      zh: '请求里带了 agent 参数，但值不对，或者你的账号无权使用这个代理人 ID。文档的示例地址里就有 agent，照抄示例时很容易把它带上。',
      en: 'The request carries an agent parameter with a wrong value, or one your account may not use. The spec’s sample URL contains agent, so copying the sample brings it along.',
    },
    fix: {
      zh: '除非支付宝明确给过你 agent 的值，否则不要传 agent。',
      en: 'Do not send agent unless Alipay gave you a value for it.',
    },
  },
  {
    code: 'ILLEGAL_SIGN_TYPE',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '签名类型错误', en: 'Invalid sign_type' },
    cause: {
      zh: 'sign_type 缺失，或者不是 MD5、RSA、DSA 之一，或者大小写不对（必须大写，写成 md5 不行）；也可能账号根本没有配置这种签名方式。',
      en: 'sign_type is missing, is not one of MD5, RSA, DSA, or is not upper case (md5 fails); or the account has no setup for that method.',
    },
    fix: {
      zh: '用大写的 MD5 或 RSA（本库不支持 DSA），并与账号在支付宝的配置一致；让本库填写 sign_type，不要自己覆盖。',
      en: 'Use upper-case MD5 or RSA (the library does not support DSA), matching the account’s setup at Alipay; let the library set sign_type rather than overriding it.',
    },
  },
  {
    code: 'HAS_NO_PRIVILEGE',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '没有接口访问权限', en: 'No permission for this service' },
    keywords: { zh: ['没有权限', '无权限'], en: ['no permission'] },
    cause: {
      zh: '多数情况是没有这个接口的权限：合同里不包含该接口，签约还没生效或已经到期，或者配置里的 partner 不是签约账号。如果是在收银台付款途中出现，也可能是买家的访问记录丢失了，比如支付链接被复制到另一个浏览器里打开。有些资料把它拼成 HASH_NO_PRIVILEGE，指的是同一个错误。',
      en: 'Most often the account has no right to the service: the contract does not include it, is not active yet or has expired, or the configured partner is not the contracted account. When it appears midway through paying at the cashier, the buyer’s session may have been lost — the payment link was copied into another browser, say. Some sources spell it HASH_NO_PRIVILEGE; it is the same error.',
    },
    fix: {
      zh: '在 b.alipay.com 确认已经签约纯担保交易（以及确认发货接口）且状态正常，并确认 partner 就是签约账号的 ID。如果是付款途中出现，让买家回到你的网站重新点击付款，不要转发支付链接。',
      en: 'On b.alipay.com, check that escrow (and send-goods, if you use it) is contracted and active, and that partner is that account’s id. If it happened while paying, have the buyer start again from your site instead of reusing or forwarding the payment link.',
    },
  },
  {
    code: 'ILLEGAL_REQUEST_REFERER',
    kind: 'gateway',
    services: [CREATE, SEND],
    title: { zh: '防钓鱼：请求来源不被允许', en: 'Anti-phishing: referer not accepted' },
    cause: {
      zh: '账号开启了防钓鱼校验，支付宝检查浏览器带来的 Referer，发现它不在你登记的网站域名范围内，或者干脆没有 Referer。常见原因：从未登记的域名（测试域名、新换的域名）发起支付；页面设置了 Referrer-Policy: no-referrer（helmet 等安全中间件默认就是这样）；在 App 内置浏览器里打开，Referer 被丢掉。',
      en: 'Anti-phishing is on for the account: Alipay checks the browser’s Referer and finds it outside your registered domains, or missing altogether. Common causes: paying from an unregistered domain (a staging or new domain); a page sending Referrer-Policy: no-referrer (the default of security middleware such as helmet); an in-app browser that drops the Referer.',
    },
    fix: {
      zh: '从已登记的域名发起支付；给支付页放宽 Referrer-Policy（如 strict-origin-when-cross-origin）；启用新域名时先请支付宝登记，或者请支付宝关闭这项校验。',
      en: 'Start payments from a registered domain; relax Referrer-Policy on the payment page (strict-origin-when-cross-origin, for example); have Alipay register new domains, or switch the check off.',
    },
  },
  {
    code: 'ILLEGAL_ANTI_PHISHING_KEY',
    kind: 'gateway',
    services: [CREATE, SEND],
    title: { zh: '防钓鱼：时间戳参数错误', en: 'Anti-phishing: anti_phishing_key is invalid' },
    cause: {
      zh: '账号开启了防钓鱼时间戳校验，请求里必须带 anti_phishing_key，它是调用 query_timestamp 服务拿到的时间戳（XML 里的 encrypt_key）。这个参数缺失，或者不是从 query_timestamp 取得的值，就会报这个错。',
      en: 'The account has the anti-phishing timestamp check on, so every request must carry anti_phishing_key, a timestamp obtained from the query_timestamp service (the encrypt_key element of its XML). It is missing, or is not a value that query_timestamp issued.',
    },
    fix: {
      zh: '每次发起支付前调用 query_timestamp 取一个新的 encrypt_key，作为 anti_phishing_key 加进参与签名的参数里；不需要这项防护的话，请支付宝关闭它。',
      en: 'Before each payment, call query_timestamp for a fresh encrypt_key and add it as anti_phishing_key to the signed parameters; if you do not want the check, ask Alipay to turn it off.',
    },
  },
  {
    code: 'ANTI_PHISHING_KEY_TIMEOUT',
    kind: 'gateway',
    services: [CREATE, SEND],
    title: { zh: '防钓鱼：时间戳已过期', en: 'Anti-phishing: anti_phishing_key expired' },
    cause: {
      zh: 'anti_phishing_key 取得的时间离买家提交支付太久。例如在渲染页面时就取好时间戳写进表单，买家过了很久才点付款，或者表单被浏览器缓存了。',
      en: 'Too much time passed between fetching anti_phishing_key and the buyer submitting. For example the timestamp was fetched while rendering the page and the buyer clicked “pay” much later, or the browser cached the form.',
    },
    fix: {
      zh: '在买家点击付款的那一刻（在服务端的跳转接口里）再取时间戳并生成表单；不要缓存支付页。',
      en: 'Fetch the timestamp and build the form at the moment the buyer clicks “pay” (in a server-side redirect endpoint), and never cache the payment page.',
    },
  },
  {
    code: 'ILLEGAL_EXTER_INVOKE_IP',
    kind: 'gateway',
    services: [CREATE, SEND],
    title: { zh: '防钓鱼：买家 IP 不符', en: 'Anti-phishing: exter_invoke_ip does not match' },
    cause: {
      zh: '请求带了 exter_invoke_ip（买家的 IP），但它和支付宝看到的买家实际 IP 不一致。通常是服务器在反向代理或 CDN 后面，取到的是代理的 IP；也可能是买家使用 IPv6，或手机网络切换了 IP。',
      en: 'The request carries exter_invoke_ip (the buyer’s IP), and it differs from the address Alipay sees. Usually your server sits behind a reverse proxy or CDN and took the proxy’s address; it can also be a buyer on IPv6 or on a mobile network whose address changed.',
    },
    fix: {
      zh: '从可信代理设置的 X-Forwarded-For 里取真实的客户端 IP；如果支付宝没有要求，干脆不传 exter_invoke_ip。',
      en: 'Take the client IP from the X-Forwarded-For header set by your trusted proxy; if Alipay does not require exter_invoke_ip, leave it out.',
    },
  },
  // ───────────── system codes ─────────────
  {
    code: 'SYSTEM_ERROR',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '支付宝系统错误', en: 'Alipay system error' },
    cause: {
      zh: '支付宝内部出错，与你的请求内容无关。',
      en: 'Something failed inside Alipay; it is not caused by your request.',
    },
    fix: {
      zh: '稍后重试。确认发货接口有幂等控制，收到 SYSTEM_ERROR 时可以放心用相同参数再调一次，间隔最好在 10 秒以上。持续出现的话，带上 partner、out_trade_no 或 trade_no 以及时间联系支付宝技术支持。',
      en: 'Retry later. Send-goods is idempotent, so calling it again with the same parameters after SYSTEM_ERROR is safe; wait 10 seconds or more. If it keeps happening, contact Alipay support with the partner id, out_trade_no or trade_no, and the time.',
    },
  },
  {
    code: 'SESSION_TIMEOUT',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '会话超时', en: 'Session timed out' },
    cause: {
      zh: '买家在支付宝页面停留太久，会话过期了（比如打开收银台后离开很久才付款）。如果出现在服务端调用里，多半是网关这边的会话异常。',
      en: 'The buyer stayed on Alipay’s pages too long and the session expired (the cashier left open for a long time before paying). In a server-to-server call it points to a session problem on the gateway’s side.',
    },
    fix: {
      zh: '让买家回到你的网站重新发起支付；订单仍是 WAIT_BUYER_PAY 且金额、买卖家都没变时，可以沿用原来的 out_trade_no。服务端调用遇到时重试一次即可。',
      en: 'Have the buyer start the payment again from your site; while the trade is WAIT_BUYER_PAY with unchanged amount, buyer and seller, the same out_trade_no can be reused. For a server call, simply retry once.',
    },
  },
  {
    code: 'ILLEGAL_ACCESS_SWITCH_SYSTEM',
    kind: 'gateway',
    services: SIGNED,
    title: { zh: '无权访问该类型系统', en: 'Partner may not access this system' },
    cause: {
      zh: '这个合作伙伴不允许访问这一类型的系统，属于账号类型或权限层面的限制；文档没有进一步说明。常见于账号并不是这些接口所属系统的签约账号。',
      en: 'The partner is not allowed to use this kind of system — a restriction of account type or rights that the spec does not explain further. It typically means the account is not contracted for the system these services belong to.',
    },
    fix: {
      zh: '确认用的是国内支付宝签约账号的 partner，并且签约了对应接口；其余只能请支付宝技术支持核查。',
      en: 'Check that the partner is a domestic Alipay contract account with the service contracted; beyond that only Alipay support can tell.',
    },
  },
  {
    code: 'ILLEGAL_TARGET_SERVICE',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '目标服务错误', en: 'Invalid target_service' },
    cause: {
      zh: '网关内部转发时目标服务（target_service）不对。本库不发送 target_service，所以出现这个错误通常说明请求里混入了别的产品的参数，或者是网关那边的路由问题。',
      en: 'The gateway’s internal target service (target_service) is wrong. The library never sends target_service, so either parameters from another product slipped into the request or the gateway has a routing problem.',
    },
    fix: {
      zh: '检查请求里有没有你另外加入的参数，确认 service 名称拼写正确；仍然出现请联系支付宝技术支持。',
      en: 'Look for parameters you added yourself and check the service name’s spelling; if it persists, contact Alipay support.',
    },
  },
  {
    code: 'ILLEGAL_SWITCH_SYSTEM',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '系统切换错误', en: 'System switch error' },
    cause: {
      zh: '支付宝网关在内部切换系统时出错，问题在支付宝一侧。',
      en: 'The gateway failed while switching between Alipay’s internal systems; the problem is on Alipay’s side.',
    },
    fix: {
      zh: '稍后重试；持续出现请联系支付宝技术支持。',
      en: 'Retry later; if it persists, contact Alipay support.',
    },
  },
  // ───────────── send_goods_confirm_by_platform and the other XML calls ─────────────
  {
    code: 'TRADE_NOT_EXIST',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '交易不存在', en: 'Trade does not exist' },
    cause: {
      zh: '支付宝找不到这笔交易。最常见的是把自己的订单号 out_trade_no 当成支付宝交易号 trade_no 传了过去；其次是调用用的 partner 不是创建这笔交易的账号、交易号抄错或被截断，或者买家根本没打开过收银台，支付宝上还没有这笔交易。发货接口的错误码表还提到：不是平台商交易也会报这个错。',
      en: 'Alipay cannot find the trade. Most often your own out_trade_no was passed where Alipay’s trade_no is expected; otherwise the call uses a different partner from the one that created the trade, the trade number is mistyped or truncated, or the buyer never opened the cashier so the trade was never created. The send-goods error table adds: a trade that is not the platform merchant’s own.',
    },
    fix: {
      zh: '从支付宝的通知里保存 trade_no（16–64 位），发货、关闭交易时传它；用创建交易时的同一个 partner 调用。不确定时先用 single_trade_query 按 out_trade_no 查询。',
      en: 'Store trade_no (16–64 characters) from Alipay’s notifications and pass that to send-goods and close; call with the partner that created the trade. When unsure, look the trade up with single_trade_query by out_trade_no first.',
    },
  },
  {
    code: 'TRADE_STATUS_NOT_AVAILD',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '交易状态不允许该操作', en: 'Not allowed in the trade’s current status' },
    cause: {
      zh: '当前交易状态不允许这个操作（AVAILD 是支付宝原来的拼写）。确认发货只在 WAIT_SELLER_SEND_GOODS（买家已付款、等待发货）时成功，已经发过货（WAIT_BUYER_CONFIRM_GOODS）再发也会返回成功；买家还没付款、交易已关闭（例如退款成功后）或已完成时都会失败。关闭交易只能在 WAIT_BUYER_PAY 时进行。根本原因通常是你本地的订单状态与支付宝不同步，比如漏处理了某条通知。',
      en: 'The trade’s status does not allow this operation (AVAILD is Alipay’s own spelling). Send-goods succeeds only in WAIT_SELLER_SEND_GOODS (paid, waiting for shipment), and shipping again in WAIT_BUYER_CONFIRM_GOODS still answers success; it fails when the buyer has not paid, or the trade is closed (after a refund, say) or finished. Closing works only in WAIT_BUYER_PAY. The root cause is usually your order state drifting from Alipay’s, e.g. a notification that was not processed.',
    },
    fix: {
      zh: '先用 single_trade_query 查出支付宝上的真实状态，同步本地订单；如果支付宝上确实是“等待卖家发货”却仍然失败，联系支付宝技术支持，不要反复重试。',
      en: 'Query the real status with single_trade_query and bring your order in line; if Alipay says the trade is waiting for shipment and the call still fails, contact Alipay support rather than retrying in a loop.',
    },
  },
  {
    code: 'ILLEGAL_CHARSET',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '字符集参数不合法', en: 'Invalid _input_charset' },
    cause: {
      zh: '_input_charset 的值网关不认识，比如拼错了（uft-8、gb-2312）或者带了空格。通常是在本库之外手工拼了这个参数。',
      en: 'The gateway does not recognise the _input_charset value — a misspelling (uft-8, gb-2312) or one with whitespace. Usually the parameter was written by hand outside the library.',
    },
    fix: {
      zh: '使用 utf-8 或 gbk（本库只生成这两种），并让本库填写 _input_charset，不要手工改写。',
      en: 'Use utf-8 or gbk (the only two the library produces) and let the library set _input_charset instead of writing it by hand.',
    },
  },
  {
    code: 'ILLEGAL_CLIENT_IP',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '调用方 IP 不被允许', en: 'Caller IP not allowed' },
    cause: {
      zh: '调用接口的服务器 IP 不在账号允许的范围内（账号设置了 IP 白名单）。服务器迁移、换了云主机，或者部署在出口 IP 不固定的 Serverless/边缘平台上之后最容易出现。',
      en: 'The calling server’s IP is outside the account’s allowed range (the account has an IP whitelist). It appears after moving servers or cloud hosts, or when deploying to serverless/edge platforms whose outgoing IP changes.',
    },
    fix: {
      zh: '把服务器当前的出口 IP 报给支付宝更新白名单，或者改从出口 IP 固定的机器或代理发起调用（可以给本库的网关客户端传入自定义 fetch）。',
      en: 'Give Alipay your server’s current outgoing IP for the whitelist, or make the calls from a host or proxy with a fixed outgoing IP (the library’s gateway client accepts a custom fetch).',
    },
  },
  {
    code: 'ILLEGAL_ENCODING',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '编码不被支持', en: 'Encoding not supported' },
    cause: {
      zh: '网关无法按声明的编码解析请求：例如 _input_charset=gbk，参数值却是按 UTF-8 做的百分号编码（或者反过来），或者请求里有该编码无法表示的字节。',
      en: 'The gateway cannot read the request in the declared encoding: _input_charset=gbk while the values were percent-encoded from UTF-8 bytes (or the reverse), or the request contains bytes invalid in that encoding.',
    },
    fix: {
      zh: '让本库按 _input_charset 编码整个请求；如果自己拼地址，值必须先按声明的字符集转成字节，再做百分号编码。',
      en: 'Let the library encode the whole request in _input_charset; if you build URLs yourself, turn each value into bytes in the declared charset before percent-encoding.',
    },
  },
  {
    code: 'EXTERFACE_IS_CLOSED',
    kind: 'gateway',
    services: XML_CALLS,
    title: { zh: '接口已关闭', en: 'Service is closed' },
    cause: {
      zh: '这个接口对你的账号已经关闭：合同到期、账号受限，或者支付宝已不再提供这个接口。',
      en: 'The service is closed for your account: the contract ended, the account is restricted, or Alipay no longer offers the service.',
    },
    fix: {
      zh: '在 b.alipay.com 查看签约状态，并联系支付宝确认这个接口是否还能使用。',
      en: 'Check the contract status on b.alipay.com and ask Alipay whether the service is still available.',
    },
  },
  // ───────────── Alipay's rules documents only ─────────────
  {
    code: 'BUYER_SELLER_EQUAL',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '买家和卖家是同一个账号', en: 'Buyer and seller are the same account' },
    cause: {
      zh: '买家用来付款的支付宝账号就是收款账号，不允许自己付给自己。几乎都是测试时用签约账号给自己付款。',
      en: 'The buyer pays with the receiving account itself, which is not allowed. Almost always this is a test where the contracted account pays itself.',
    },
    fix: {
      zh: '测试时换一个支付宝账号当买家；如果传了 buyer_email / buyer_id，确保它不是收款账号。',
      en: 'Test with a second Alipay account as the buyer; if you pass buyer_email / buyer_id, make sure it is not the receiving account.',
    },
  },
  {
    code: 'RETRY',
    kind: 'gateway',
    services: [SEND],
    title: { zh: '支付宝繁忙，请重试', en: 'Alipay is busy; retry' },
    cause: {
      zh: '支付宝暂时繁忙，没有处理这次发货请求。',
      en: 'Alipay was too busy to process this shipment confirmation.',
    },
    fix: {
      zh: '稍后用完全相同的参数再调用一次；发货接口是幂等的，重复调用不会重复发货。批量发货时每次调用间隔 10 秒以上。',
      en: 'Call again later with exactly the same parameters; send-goods is idempotent, so this cannot ship twice. In batches, keep calls at least 10 seconds apart.',
    },
  },
  // ───────────── seen in other SDKs' error tables, not in Alipay's 2013 documents ─────────────
  {
    code: 'TOTAL_FEE_OUT_OF_RANGE',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '交易金额超出范围', en: 'Trade total out of range' },
    cause: {
      zh: '交易金额不在允许范围内（0.01 到 1,000,000.00 元）。2013 年的文档里对应的是 TOTAL_FEE_GREATER_THAN_MAX，这个码来自其他 SDK 的错误表。最常见的诱因同样是把“分”当“元”传了进来。',
      en: 'The trade total is outside the allowed range (0.01 to 1,000,000.00 yuan). The 2013 spec calls this TOTAL_FEE_GREATER_THAN_MAX; this code comes from other SDKs’ error tables. The usual trigger is again cents passed as yuan.',
    },
    fix: {
      zh: '金额以元为单位、两位小数；单价至少 0.01，总额不超过 100 万，超过的订单拆单。',
      en: 'Pass amounts in yuan with two decimals; price at least 0.01, total at most one million — split larger orders.',
    },
  },
  {
    code: 'TRADE_NOT_ALLOWED_PAY',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '交易不允许付款', en: 'Trade can no longer be paid' },
    cause: {
      zh: '这笔交易已经关闭或已经付过款，不能再付。常见情况：买家付完款后又点了一次付款，或用浏览器后退重新提交；交易超时自动关闭（默认 7 天未付款）或被卖家关闭；退款成功、交易关闭后又用原订单号发起支付。',
      en: 'The trade is closed or already paid and cannot be paid again. Typical cases: the buyer paid and then clicked “pay” again or resubmitted via the back button; the trade closed on timeout (7 days unpaid by default) or was closed by the seller; the old order number was used again after a refund closed the trade.',
    },
    fix: {
      zh: '显示付款按钮前先检查本地订单状态，已付款就不要再生成支付链接；交易已关闭又需要付款时，用新的 out_trade_no 重新下单。',
      en: 'Check your order’s state before showing a pay button and generate no payment link for paid orders; if a closed trade must be paid after all, create a new order with a new out_trade_no.',
    },
  },
  {
    code: 'TRADE_PRICE_NOT_MATCH',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '单价与原交易不符', en: 'Price does not match the existing trade' },
    cause: {
      zh: '对已经存在的 out_trade_no 再次发起支付时，price 和支付宝上这笔交易的不一样。除了自己改了价格，还有一种情况：担保交易里卖家可以在支付宝上改价（之后通知里 is_total_fee_adjust=Y），这时再用你系统里的原价发起也会对不上。',
      en: 'An existing out_trade_no was submitted again with a price different from the trade at Alipay. Besides your own price change, remember that in escrow the seller can change the price on Alipay (notifications then say is_total_fee_adjust=Y); resubmitting your original price then no longer matches.',
    },
    fix: {
      zh: '价格变了就用新的 out_trade_no；重新发起支付时传与第一次完全相同的金额参数。卖家在支付宝上改过价的，按通知里的 price、total_fee 更新本地订单。',
      en: 'Use a new out_trade_no when the price changes, and resubmit exactly the original amounts otherwise. If the seller changed the price on Alipay, update your order from the price and total_fee in the notification.',
    },
  },
  {
    code: 'TRADE_QUANTITY_NOT_MATCH',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '数量与原交易不符', en: 'Quantity does not match the existing trade' },
    cause: {
      zh: '对已经存在的 out_trade_no 再次发起支付时，quantity 和第一次不一样，比如买家回到购物车改了数量，订单号却没换。',
      en: 'An existing out_trade_no was submitted again with a different quantity — the buyer went back to the cart and changed it, but the order number stayed the same.',
    },
    fix: {
      zh: '数量变了就用新的 out_trade_no；也可以像官方 demo 建议的那样，quantity 固定为 1，把订单总价放进 price。',
      en: 'Use a new out_trade_no when the quantity changes; or, as the official demo suggests, always send quantity 1 and put the order total in price.',
    },
  },
  {
    code: 'TRADE_TOTALFEE_NOT_MATCH',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '总金额与原交易不符', en: 'Total does not match the existing trade' },
    cause: {
      zh: '对已经存在的 out_trade_no 再次发起支付时，算出来的总额（price × quantity + discount + 运费）和第一次不一样，多半是改了优惠（discount）或运费，或者传了与之前不同的 total_fee。',
      en: 'An existing out_trade_no was submitted again and the total (price × quantity + discount + shipping) differs from the first time — usually the discount or the shipping fee changed, or a different total_fee was sent.',
    },
    fix: {
      zh: '优惠或运费一变就换新的 out_trade_no；不要传 total_fee（担保交易用不到它）。',
      en: 'Use a new out_trade_no whenever discount or shipping changes, and do not send total_fee (escrow does not use it).',
    },
  },
  {
    code: 'ILLEGAL_OUTTIME_ARGUMENT',
    kind: 'gateway',
    services: [CREATE],
    title: { zh: '超时参数格式错误', en: 'Timeout parameter is malformed' },
    cause: {
      zh: 'it_b_pay 等超时参数的格式不对：超出 1m–15d 的范围，用了小数（1.5h），用了不支持的单位（如 30s、7days），或者 t_s_send_1、t_s_send_2、t_b_rec_post 没写成“天数加 d”（如 7d）。',
      en: 'A timeout parameter is malformed: it_b_pay outside 1m–15d, with decimals (1.5h) or an unsupported unit (30s, 7days), or t_s_send_1, t_s_send_2, t_b_rec_post not written as days plus d (7d).',
    },
    fix: {
      zh: 'it_b_pay 用整数加单位 m、h、d（90m、2h、7d），或用 1c 表示当天 0 点关闭；另外三个参数写成 7d 这样的格式。这些参数都要求账号开通了自定义超时，否则先去掉（见 SELF_TIMEOUT_NOT_SUPPORT）。',
      en: 'Write it_b_pay as a whole number with m, h or d (90m, 2h, 7d), or 1c for “close at midnight”; write the other three like 7d. All of them need the custom-timeout feature; without it, remove them (see SELF_TIMEOUT_NOT_SUPPORT).',
    },
  },

  // ═════════════ library codes ═════════════
  // configuration and input
  {
    code: 'CONFIG_INVALID',
    kind: 'library',
    services: [CREATE, SEND, VERIFY, QUERY, CLOSE, NOTIFY],
    title: { zh: '配置项无效', en: 'Invalid option' },
    cause: {
      zh: '传给本库的某个配置项缺失、类型不对或取值不合法，例如该传字符串的地方传了数字或 undefined、超时时间不是正数，或者 gatewayUrl 不是 https 地址（只有本机的沙箱可以用 http）、带了查询参数，或者指向正式网关却不完全等于 https://mapi.alipay.com/gateway.do。错误对象的 field 属性给出出错的配置项。',
      en: 'An option passed to the library is missing, of the wrong type or out of range — a number or undefined where a string is expected, a timeout that is not positive, or a gatewayUrl that is not https (plain http is allowed only for a sandbox on localhost), carries a query, or points at the production host without being exactly https://mapi.alipay.com/gateway.do. The error’s field property names the option.',
    },
    fix: {
      zh: '按错误消息改正 field 指出的配置项。从环境变量读取配置时，先确认变量确实存在并且名字没拼错（拿到 undefined 最常见）；partner 从 b.alipay.com 的“技术服务”页面复制。',
      en: 'Correct the option named by field as the message says. When reading configuration from environment variables, check the variable exists and is spelled right (undefined is the usual culprit); copy partner from the 技术服务 page on b.alipay.com.',
    },
  },
  {
    code: 'KEY_INVALID',
    kind: 'library',
    services: [CREATE, SEND, QUERY, CLOSE, NOTIFY],
    title: { zh: 'MD5 密钥无效', en: 'MD5 key missing or malformed' },
    cause: {
      zh: '配置的安全校验码（MD5 key）为空、未定义，或者含有空白字符。最常见的是从 .env、密钥文件或 `echo … | wrangler secret put` 写入时多了结尾的换行或空格；也有把 partner 或 RSA 私钥误填进 key 的。真正的 key 是 32 位字母和数字。为了安全，错误消息不会显示 key 的任何部分。',
      en: 'The configured MD5 key (安全校验码) is empty, undefined, or contains whitespace. Most often a trailing newline or space came in from a .env file, a secret file or `echo … | wrangler secret put`; sometimes the partner id or an RSA key was put there by mistake. A real key is 32 letters and digits. For safety the message never shows any part of the key.',
    },
    fix: {
      zh: '到 b.alipay.com 的“技术服务”页面重新复制 key；写入密钥时用 `printf %s` 代替 echo，或者读取后去掉首尾空白；确认环境变量名没拼错。',
      en: 'Copy the key again from the 技术服务 page on b.alipay.com; store secrets with `printf %s` rather than echo, or trim the value when reading it; check the variable name.',
    },
  },
  {
    code: 'RSA_KEY_INVALID',
    kind: 'library',
    services: [CREATE, SEND, QUERY, CLOSE, NOTIFY],
    title: { zh: 'RSA 密钥无法导入', en: 'RSA key cannot be imported' },
    cause: {
      zh: '提供的 PEM 无法用 WebCrypto 导入。常见原因：放进环境变量后换行变成了字面上的 \\n，或者被压成一行、丢了 -----BEGIN…----- 头尾；私钥是 PKCS#1 格式（-----BEGIN RSA PRIVATE KEY-----），而 WebCrypto 直接支持的是 PKCS#8（-----BEGIN PRIVATE KEY-----）和 SPKI 公钥（-----BEGIN PUBLIC KEY-----）；公钥和私钥放反了；私钥带密码保护。',
      en: 'The PEM cannot be imported with WebCrypto. Common causes: stored in an environment variable, the newlines became literal \\n or the key was squashed onto one line without its -----BEGIN…----- lines; a PKCS#1 private key (-----BEGIN RSA PRIVATE KEY-----) where WebCrypto natively takes PKCS#8 (-----BEGIN PRIVATE KEY-----) and SPKI public keys (-----BEGIN PUBLIC KEY-----); public and private key swapped; a password-protected private key.',
    },
    fix: {
      zh: '用 `openssl pkcs8 -topk8 -nocrypt -in rsa_private_key.pem -out rsa_private_key_pkcs8.pem` 转成 PKCS#8；公钥使用 -----BEGIN PUBLIC KEY----- 格式；存进环境变量时保留换行，或者读取时把字面的 \\n 换回换行。私钥用于签名请求，支付宝公钥用于验证通知，两者别放错位置。',
      en: 'Convert with `openssl pkcs8 -topk8 -nocrypt -in rsa_private_key.pem -out rsa_private_key_pkcs8.pem`; use -----BEGIN PUBLIC KEY----- public keys; keep the newlines when storing the key in an environment variable, or turn literal \\n back into newlines when reading it. Your private key signs requests and Alipay’s public key verifies notifications — do not swap them.',
    },
  },
  {
    code: 'CALLBACK_URL_INVALID',
    kind: 'library',
    services: [CREATE],
    title: { zh: '回调地址不合规', en: 'Callback URL not allowed' },
    keywords: {
      zh: ['通知收不到', '收不到异步通知', '回调地址无效'],
      en: ['notifications never arrive', 'notify_url not reachable'],
    },
    cause: {
      zh: 'notify_url、return_url 或 show_url 不合规：不是以 http:// 或 https:// 开头的完整地址，或者含有空白字符；notify_url、return_url 带了查询参数（?id=123）、# 片段或 ! 等特殊字符——文档明确禁止，而且支付宝会在后面追加自己的参数，你的参数会混进签名，导致验签失败（show_url 可以带查询参数）；或者在使用正式网关时指向了 localhost、127.0.0.1、192.168.x.x 这类内网地址，支付宝的服务器和买家都访问不到。',
      en: 'notify_url, return_url or show_url is not acceptable: not a complete address starting with http:// or https://, or it contains whitespace; notify_url or return_url carries a query (?id=123), a # fragment or a special character such as ! — forbidden by the spec, and since Alipay appends its own parameters, yours would end up in the signed set and break verification (show_url may have a query); or, with the production gateway, it points at localhost, 127.0.0.1 or a private address such as 192.168.x.x that neither Alipay’s servers nor buyers can reach.',
    },
    fix: {
      zh: '使用公网能访问的完整地址，不带任何 ? 或 #；区分订单靠 out_trade_no，不要靠地址参数。本地开发用 `alipay-escrow sandbox` 模拟网关，或者用内网穿透工具拿一个公网地址。',
      en: 'Use a complete, publicly reachable address without ? or #; identify orders by out_trade_no, not by URL parameters. For local development run `alipay-escrow sandbox`, or expose your machine through a tunnel.',
    },
  },
  {
    code: 'CHARSET_UNSUPPORTED',
    kind: 'library',
    services: [CREATE, SEND, QUERY, CLOSE, NOTIFY],
    title: { zh: '不支持的字符集', en: 'Charset not supported' },
    cause: {
      zh: '配置或收到的字符集本库不支持。本库接受 utf-8（或 utf8）、gbk 和 gb2312（按 gbk 处理），不区分大小写，但不会替你去掉空格，" gbk" 也算错。GBK 用的是本库自带的码表，不依赖运行环境的解码器，任何运行时都支持。',
      en: 'The configured or received charset is not supported. The library accepts utf-8 (or utf8), gbk and gb2312 (treated as gbk), in any letter case, but does not trim: " gbk" is an error. GBK works on every runtime: the library uses its own GBK table, not a decoder of the runtime.',
    },
    fix: {
      zh: '字符集写成 "utf-8" 或 "gbk"（gb2312 也可以），前后不要有空格。',
      en: 'Write the charset as "utf-8" or "gbk" (or gb2312), without surrounding spaces.',
    },
  },
  {
    code: 'CHARSET_UNENCODABLE',
    kind: 'library',
    services: [CREATE, SEND, QUERY, CLOSE],
    title: { zh: '字符无法用 GBK 表示', en: 'Character cannot be encoded in GBK' },
    cause: {
      zh: '交易字符集是 gbk，但某个参数里有 GBK 无法表示的字符。常见的有商品名或收货地址里的 emoji（😀）、™、©、•、韩文，以及部分生僻字（如扩展 B 区的 𠮷）。错误消息会指出是哪个字段、哪个字符。还有一种情况是字符串在 emoji 中间被截断，留下半个代理对（lone surrogate），这在任何字符集下都无法编码。',
      en: 'The trade charset is gbk and a value contains a character GBK cannot represent — typically an emoji (😀), ™, ©, • or Korean in a product name or address, or a rare CJK character such as 𠮷. The message names the field and the character. A string cut in the middle of an emoji, leaving half a surrogate pair, cannot be encoded in any charset and is reported the same way.',
    },
    fix: {
      zh: "去掉或替换这个字符（例如把 emoji 从商品标题里过滤掉），或者把交易字符集改成 utf-8；也可以传 { unencodable: 'ncr' }，把字符写成 &#128512; 这样的数字引用发送（浏览器提交 GBK 表单时就是这么做的），但买家看到的可能就是这串文字。截断的字符串要在源头修正截取逻辑。",
      en: "Remove or replace the character (filter emoji out of product titles), or switch the trade charset to utf-8; or pass { unencodable: 'ncr' } to send it as a numeric reference like &#128512; (what browsers do when submitting a GBK form) — the buyer may then see that text instead of the character. For a cut string, fix the truncation where the text comes from.",
    },
  },
  {
    code: 'CHARSET_UNDECODABLE',
    kind: 'library',
    services: [SEND, QUERY, CLOSE, NOTIFY],
    title: { zh: '数据无法按配置的字符集解码', en: 'Bytes are invalid in the configured charset' },
    cause: {
      zh: '收到的数据（通知正文或网关返回）按配置的字符集解码失败，字节不是合法的 utf-8 或 gbk。最常见的是配置成 utf-8，而交易是用 _input_charset=gbk 创建的，支付宝就按 GBK 发通知；或者中途改过字符集，之前创建的交易仍按旧字符集通知。本库的 GBK 是代码页 936：0xFF 和 GB18030 的四字节序列不是 GBK，在任何运行时上都按这个错误处理。',
      en: 'Received data (a notification body or a gateway reply) is not valid in the configured charset. Most often the library is configured for utf-8 while the trades were created with _input_charset=gbk, so Alipay notifies in GBK; or the charset was changed and trades created before still notify in the old one. GBK here is code page 936: 0xFF and GB18030 four-byte sequences are not GBK, on every runtime.',
    },
    fix: {
      zh: '让配置的字符集与创建交易时的 _input_charset 保持一致。把原始正文存成文件，分别用 `alipay-escrow verify --key "$ALIPAY_KEY" --charset gbk --offline < body.bin` 和 `--charset utf-8` 试一下，就能确定支付宝用的是哪种。',
      en: 'Configure the same charset as the _input_charset your trades are created with. Save the raw body to a file and run `alipay-escrow verify --key "$ALIPAY_KEY" --charset gbk --offline < body.bin`, then with `--charset utf-8`, to see which one Alipay used.',
    },
  },
  {
    code: 'CHARSET_MISMATCH',
    kind: 'library',
    services: [SEND, QUERY, CLOSE, NOTIFY],
    title: { zh: '签名只在另一种字符集下成立', en: 'Signature only matches in the other charset' },
    keywords: { zh: ['中文乱码', '乱码', '编码不一致'], en: ['garbled Chinese', 'mojibake'] },
    cause: {
      zh: '按配置的字符集计算签名对不上，换成另一种（utf-8 与 gbk 互换）却能对上。这说明对方签名时用的字符集和你配置的不一样：配置的是 utf-8，交易却是以 gbk 创建的（或者反过来），或者数据在到达本库前被框架按错误的字符集解码后又重新编码过。本库不接受“换个字符集才对得上”的签名，免得掩盖配置错误。',
      en: 'The signature fails in the configured charset but matches when computed in the other one (utf-8 ↔ gbk). The signer used a different charset from yours: you configured utf-8 but the trades were created with gbk (or the reverse), or a framework decoded the data in the wrong charset and re-encoded it before it reached the library. The library does not accept such a signature, so that the misconfiguration does not go unnoticed.',
    },
    fix: {
      zh: '把配置的字符集改成与创建交易时的 _input_charset 相同，并把原始字节交给本库，不要先经过框架解析。',
      en: 'Set the configured charset to the _input_charset your trades are created with, and hand the library the raw bytes rather than framework-parsed data.',
    },
  },
  {
    code: 'AMOUNT_INVALID',
    kind: 'library',
    services: [CREATE],
    title: { zh: '金额格式不正确', en: 'Amount is not a valid yuan string' },
    cause: {
      zh: '金额（price、discount 等）不是“以元为单位、最多两位小数”的字符串：传了数字而不是字符串（浮点数连 0.1 都无法精确表示，0.1 + 0.2 会得到 0.30000000000000004），小数超过两位，带了逗号、空格、货币符号或加号，写成了 ".5"、"5." 或 1e-7 这样的形式，或者用了全角数字。取值范围另有错误码：单价超出 0.01–1,000,000.00 报 ILLEGAL_ARGUMENT，总额不大于 0 或超过 100 万报 TOTAL_FEE_LESSEQUAL_ZERO / TOTAL_FEE_GREATER_THAN_MAX，运费为负报 ILLEGAL_LOGISTICS_FORMAT。',
      en: 'An amount (price, discount…) is not a string in yuan with at most two decimals: a number was passed instead of a string (a float cannot even hold 0.1 exactly; 0.1 + 0.2 gives 0.30000000000000004), more than two decimals, commas, spaces, a currency sign or a plus sign, forms like ".5", "5." or 1e-7, or full-width digits. Ranges have their own codes: a price outside 0.01–1,000,000.00 is ILLEGAL_ARGUMENT, a total of 0 or less or above one million is TOTAL_FEE_LESSEQUAL_ZERO / TOTAL_FEE_GREATER_THAN_MAX, a negative shipping fee is ILLEGAL_LOGISTICS_FORMAT.',
    },
    fix: {
      zh: '金额一律传字符串（如 "19.90"、"-3.00"）；在自己的系统里用整数“分”计算，最后再格式化成两位小数的元。错误的 field 属性指出是哪个金额。',
      en: 'Always pass amounts as strings ("19.90", "-3.00"); compute in integer cents in your own code and format as yuan with two decimals at the end. The error’s field property names the amount.',
    },
  },
  {
    code: 'FIELD_TOO_LONG',
    kind: 'library',
    services: [CREATE, SEND],
    title: { zh: '字段超出长度限制', en: 'Field too long' },
    cause: {
      zh: '某个字段超过了接口文档规定的长度，例如 subject 256、body 400、show_url 400、out_trade_no 64、收货人姓名 128、收货地址 256；确认发货时 logistics_name 64、invoice_no 32。长度按文档的 String(n) 计算：英文、数字算 1，汉字算 2，所以 subject 最多 128 个汉字。错误的 field 属性给出字段名，消息里写明上限。',
      en: 'A field exceeds the length the spec allows — subject 256, body 400, show_url 400, out_trade_no 64, receive_name 128, receive_address 256; for send-goods, logistics_name 64 and invoice_no 32. Lengths follow the spec’s String(n): ASCII counts 1, a Chinese character 2, so subject holds at most 128 Chinese characters. The error’s field property names the field and the message gives the limit.',
    },
    fix: {
      zh: '提交前截短或精简，比如商品标题只保留主要信息，详细描述放到 show_url 指向的商品页里。',
      en: 'Shorten the value before submitting — keep the essentials in the title and put details on the product page that show_url points to.',
    },
  },
  {
    code: 'PARAM_AMBIGUOUS',
    kind: 'library',
    services: SIGNED,
    title: { zh: '待签名参数含有歧义字符', en: 'A value to sign would make the pre-sign string ambiguous' },
    cause: {
      zh: '要签名的某个参数值含有 &，或者参数名含有小写字母、数字、下划线以外的字符。待签名串是不加转义的 name=value&name=value，值里的 & 会让一段文字看起来像另一个参数：使用 MD5 时商户和支付宝共用一把密钥，买家若能把 "&out_trade_no=别人的订单&trade_status=TRADE_FINISHED" 之类的文字塞进 subject、body 或收货信息，商户对这个请求的签名就能原样拿去伪造一条通知。支付宝自己的规则也把 & 列为特殊字符。= 不会引起歧义（名字里不能有 = 和 &，每一段在第一个 = 处分开），所以允许；本库按 ncr 策略写出的 &#数字; 字符引用也允许，因为参数名不会以 # 开头。',
      en: 'A value to be signed contains &, or a name has characters other than lower-case letters, digits and underscores. The pre-sign string is name=value&name=value with no escaping, so an & inside a value makes text look like further parameters: with MD5 the merchant and Alipay share one key, and a buyer who gets text such as "&out_trade_no=someone-else&trade_status=TRADE_FINISHED" into subject, body or the delivery address can reuse the merchant’s signature over that request as the signature of a forged notification. Alipay’s own rules list & among the special characters. An = is not ambiguous (names may hold neither = nor &, so each segment splits at its first =) and stays allowed, as does the decimal character reference &#NNN; the library writes under the “ncr” policy (no name starts with #).',
    },
    fix: {
      zh: '从该字段（错误的 field 指明是哪一个）里去掉 & 或换成全角的 ＆、“和”；来自买家的文字（商品名、备注、收货地址）要在下单时清洗。show_url 里的查询参数请改用路径，或把 & 写成 %26。不要绕过本库自己拼签名串。',
      en: 'Remove the & from the field the error names, or write it as the full-width ＆ or a word; clean buyer-supplied text (item names, notes, delivery address) when the order is placed. For show_url, put the query into the path or write & as %26. Never sign a string you built yourself around the library.',
    },
  },
  {
    code: 'TRANSPORT_TYPE_MISSING',
    kind: 'library',
    services: [SEND],
    title: { zh: '缺少物流类型', en: 'Transport type missing' },
    cause: {
      zh: '确认发货时 transport_type（发货时实际用的物流方式）和 create_transport_type（创建交易时选的物流方式）都没有提供，接口要求至少有一个。',
      en: 'A shipment confirmation has neither transport_type (how the goods were actually shipped) nor create_transport_type (the method chosen when the trade was created); the service requires at least one.',
    },
    fix: {
      zh: '至少传 transport_type，取值为 POST（平邮）、EXPRESS（快递）、EMS 或 DIRECT（无需物流），一般与创建交易时的 logistics_type 相同。',
      en: 'Pass at least transport_type: POST (surface mail), EXPRESS, EMS or DIRECT (no shipping needed), usually the same as the trade’s logistics_type.',
    },
  },
  // receiving a notification or return
  {
    code: 'BODY_TOO_LARGE',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '通知正文过大', en: 'Notification body too large' },
    cause: {
      zh: '通知请求的正文超过 64 KiB，本库直接拒绝并返回 413。真正的支付宝通知通常不到 2 KiB，这么大的请求基本不是支付宝发来的：可能是扫描器，或者路由配置错误，把别的上传请求转到了通知地址。',
      en: 'The notification body is over 64 KiB, so the library refuses it with status 413. Real Alipay notifications are usually under 2 KiB; a body this large is almost certainly not from Alipay — a scanner, or a routing mistake that sends other uploads to the notify URL.',
    },
    fix: {
      zh: '确认通知处理器只挂在 notify_url 对应的路径上，并在访问日志里查看请求来源。支付宝的通知远小于这个上限，一般不需要放宽；确有需要可以调大 maxBodyBytes 选项。',
      en: 'Make sure the notify handler is mounted only on the notify_url path and check your access log for the sender. Alipay’s notifications are far below the limit, so there is rarely a reason to raise it; if you must, use the maxBodyBytes option.',
    },
  },
  {
    code: 'BODY_READ_TIMEOUT',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '通知正文读取超时', en: 'Notification body arrived too slowly' },
    cause: {
      zh: '客户端在规定时间内（默认 10 秒，bodyReadTimeoutMs）没有把通知正文发完。支付宝的通知只有一两 KiB，会一次发完；一点一点地慢慢发送正文、占住连接不放，是耗尽服务器连接数的常见攻击手法（slowloris）。本库放弃读取，回复 fail 并记录。',
      en: 'The client did not finish sending the notification body within the deadline (10 seconds by default, bodyReadTimeoutMs). Alipay’s notifications are a KiB or two sent at once; trickling a body to hold connections open is a common way to exhaust a server (slowloris). The library stops reading, answers fail and logs the request.',
    },
    fix: {
      zh: '无需处理：支付宝会重发真正的通知。如果在很慢的网络上确实需要更长时间，可以调大 bodyReadTimeoutMs；同时在反向代理上也设置请求正文超时。',
      en: 'Nothing to fix: Alipay resends genuine notifications. If a slow network really needs longer, raise bodyReadTimeoutMs, and set a body timeout on your reverse proxy as well.',
    },
  },
  {
    code: 'BODY_EMPTY',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '通知正文为空', en: 'Notification body is empty' },
    cause: {
      zh: '通知请求没有正文。可能是有人用浏览器或健康检查对通知地址发了 GET；同步返回（return_url，参数在查询串里）被错交给了通知处理器；或者在它之前已经有中间件把请求流读完了。',
      en: 'The notification request has no body. Someone (a browser, a health check) sent a GET to the notify URL; the return_url request, whose parameters are in the query string, was routed to the notify handler; or middleware read the request stream before the handler did.',
    },
    fix: {
      zh: '通知地址只接受 POST 并交给 notify 处理器，return_url 交给 return 处理器；确认在它之前没有中间件读取请求体。',
      en: 'Accept only POST on the notify URL and route it to the notify handler, and send return_url requests to the return handler; make sure no middleware reads the body first.',
    },
  },
  {
    code: 'BODY_ALREADY_PARSED',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '请求体已被解析过', en: 'Body was already parsed' },
    cause: {
      zh: '传给本库的不是原始请求体，而是解析后的对象（如 req.body），或者是被重新序列化成 JSON 的正文：请求体在到达本库前已经被 body parser 处理过（Express 的 express.urlencoded()、koa-bodyparser、Hono 里先调用了 c.req.parseBody() 等）。这些解析器按 UTF-8 解码，会把 GBK 字节变成乱码，+ 和空格的处理也可能不一致，之后再也还原不出支付宝签名时的原始字节，所以本库拒绝处理。另外，支付宝通知的 Content-Type 本身就不规范（application/x-www-form-urlencoded; text/html; charset=UTF-8），有的解析器直接给出一个空对象。',
      en: 'The library was given a parsed object (req.body, say) or a body re-serialised as JSON instead of the raw bytes: a body parser got there first (express.urlencoded(), koa-bodyparser, c.req.parseBody() in Hono…). Such parsers decode as UTF-8, which garbles GBK bytes and may treat + and spaces differently, so the bytes Alipay signed can no longer be recovered and the library refuses to continue. Alipay’s notifications also carry a malformed Content-Type (application/x-www-form-urlencoded; text/html; charset=UTF-8), for which some parsers return an empty object.',
    },
    fix: {
      zh: '把原始字节交给本库：让通知路由排在 body parser 之前，或者对这个路径排除 body parser；在 Hono 里直接传 c.req.raw；Koa 请使用本库的适配器，它会从 ctx.req 读取原始数据流。',
      en: 'Give the library the raw bytes: register the notify route before any body parser or exclude its path from it; in Hono pass c.req.raw; in Koa use the library’s adapter, which reads the raw stream from ctx.req.',
    },
  },
  {
    code: 'MALFORMED_BODY',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '请求体格式错误', en: 'Malformed body' },
    cause: {
      zh: '请求体不是合法的 application/x-www-form-urlencoded：有残缺或非法的百分号转义（如 %zz、末尾的 %4）、参数名为空，或者根本就是 JSON、XML。真正的支付宝通知不会这样，多半是手工构造的测试请求（curl 没做编码，或者被编码了两次），或者是伪造请求。',
      en: 'The body is not valid application/x-www-form-urlencoded: a broken or invalid percent escape (%zz, a trailing %4), an empty parameter name, or JSON or XML instead. Real Alipay notifications never look like this; it is a hand-made test request (curl without encoding, or encoded twice) or a forgery.',
    },
    fix: {
      zh: '测试时用本库的测试辅助函数或 `alipay-escrow sandbox` 生成通知，不要手写；排查时把原始正文存成文件，用 `alipay-escrow verify --key "$ALIPAY_KEY" --offline < body.bin` 查看具体哪里不对。',
      en: 'Generate test notifications with the library’s testing helpers or `alipay-escrow sandbox` instead of writing them by hand; to investigate, save the raw body and run `alipay-escrow verify --key "$ALIPAY_KEY" --offline < body.bin`.',
    },
  },
  {
    code: 'DUPLICATE_PARAM',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '参数重复', en: 'Duplicate parameter' },
    cause: {
      zh: '同一个参数名出现了不止一次。支付宝不会发重复参数；PHP 之类的实现会默默取最后一个值，攻击者可以借此在合法通知后面追加参数篡改内容，所以本库直接拒绝。如果你在 return_url 里自带了查询参数，它们也可能和支付宝追加的同名参数撞在一起。',
      en: 'A parameter name occurs more than once. Alipay never sends duplicates; implementations such as PHP silently keep the last value, which lets an attacker append parameters to a genuine notification, so the library refuses. Query parameters you put into return_url can also collide with the ones Alipay appends.',
    },
    fix: {
      zh: 'return_url、notify_url 不要带任何查询参数。如果请求确实是外部伪造的，拒绝就是正确的结果，不需要处理。',
      en: 'Keep return_url and notify_url free of query parameters. If the request is a forgery, refusing it is the right outcome and nothing needs fixing.',
    },
  },
  {
    code: 'MESSAGE_AMBIGUOUS',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '通知是伪装成通知的请求', en: 'Message is a signed request in disguise' },
    cause: {
      zh: '通知或回跳里某个参数名含有小写字母、数字、下划线以外的字符（唯一的例外是回跳参数表里的 partnerId），或者某个参数值里在 & 后面紧跟着只属于请求的参数名（如 "&service="、"&notify_url="）。待签名串不加转义，按 & 切开、每段在第一个 = 处分开，就是它唯一的读法；任何请求的待签名串这样读都会出现 service= 这一段，而通知和回跳永远没有。所以这样的消息只可能是伪造的：它想让自己的待签名串与商户签过的某个请求逐字节相同，从而借用商户的签名（MD5 下商户与支付宝共用密钥）。值里单纯含有 &（如商品名 "A&B"）不在此列。本库不管签名是否匹配都拒绝它，回复 fail，并记录摘要。',
      en: 'A parameter name of a notification or return has characters other than lower-case letters, digits and underscores (the one exception, partnerId of the return table, is accepted), or a value holds & followed by the name of a parameter only requests carry ("&service=", "&notify_url="…). The pre-sign string is not escaped; split at every & and each part at its first =, it has one reading, and the reading of any request includes a part service=, which no notification or return ever has. So such a message can only be a forgery trying to make its pre-sign string equal, byte for byte, to a request the merchant signed, and so borrow the merchant’s signature (with MD5 merchant and Alipay share the key). A plain & in a value (an item called "A&B") is not refused. The library refuses the message whatever the signature, answers fail and logs a digest.',
    },
    fix: {
      zh: '无需处理，拒绝就是正确结果。在通知日志里查看来源地址；建议改用 RSA 签名，并确认所有请求都经由本库签名。',
      en: 'Nothing to fix: refusing is the right outcome. Check the source address in the notification log; consider RSA signatures, and make sure every request is signed through the library.',
    },
  },
  {
    code: 'REQUEST_PARAM_IN_MESSAGE',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '通知里出现了只属于请求的参数', en: 'Message carries a parameter only requests have' },
    cause: {
      zh: '通知或回跳里出现了只在商户发给支付宝的请求里才有的参数（如 _input_charset、service、partner、notify_url、return_url）。支付宝的通知从不带这些参数；带着它们的消息是在模仿商户签过的请求，好借用商户的签名。本库拒绝它，回复 fail 并记录。',
      en: 'A notification or return carries a parameter that only the merchant’s requests to Alipay have (such as _input_charset, service, partner, notify_url, return_url). Alipay’s notifications never carry these; a message that does is imitating a request the merchant signed in order to borrow its signature. The library refuses it, answers fail and logs it.',
    },
    fix: {
      zh: '无需处理，拒绝就是正确结果。如果你在 notify_url 或 return_url 里自己加了同名的查询参数，去掉它们。',
      en: 'Nothing to fix: refusing is the right outcome. If you put a query parameter with such a name into notify_url or return_url yourself, remove it.',
    },
  },
  {
    code: 'SIGN_MISSING',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '缺少签名', en: 'Signature missing' },
    cause: {
      zh: '通知或同步返回里没有 sign 参数（或者值为空）。通常是有人直接访问了通知或返回地址（浏览器收藏、刷新、爬虫、监控），或者中间的代理、框架剥掉了部分参数。',
      en: 'The notification or return has no sign parameter (or an empty one). Usually someone opened the notify or return URL directly (a bookmark, a reload, a crawler, a monitor), or a proxy or framework stripped parameters.',
    },
    fix: {
      zh: '确认请求真的来自支付宝（异步通知由支付宝服务器发出，同步返回由买家浏览器带回）。返回页收到没有签名的请求时，按订单号展示本地订单状态即可，不要据此修改订单。',
      en: 'Check that the request really comes from Alipay (notifications from Alipay’s servers, returns via the buyer’s browser). When the return page gets an unsigned request, just show the order’s current state and change nothing.',
    },
  },
  {
    code: 'SIGN_MISMATCH',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '验签失败：签名不匹配', en: 'Signature verification failed: the signature does not match' },
    keywords: {
      zh: ['验签失败', '签名验证失败', '通知验签不通过', '签名不一致'],
      en: ['signature verification failed', 'verify sign failed'],
    },
    cause: {
      zh: '本库按收到的全部参数重新计算签名，和 sign 对不上。常见原因：配置的 key 不是创建这笔交易的账号的 key（测试账号和正式账号混用、多商户配置串了、在支付宝后台重新生成过 key）；RSA 验签时用了自己的公钥而不是支付宝公钥；请求在到达本库前被改动过（代理改写，或框架解析后重新拼接）；路由框架给 return_url 附加了参数，它们也参与了签名；正文被按 UTF-8 解码后又重新编码（GBK 中文变成了 U+FFFD），或者 + 被当成了加号而不是空格；或者请求本身就是伪造的。为免被伪造请求拖慢，处理通知时不做逐项诊断；需要时用 diagnoseMessage、verify 的 diagnose: true 或 CLI 的 verify 对日志里的原始正文诊断，结果写在 hint 里。',
      en: 'The library recomputed the signature over every received parameter and it differs from sign. Common causes: the configured key is not that of the account that created the trade (test and live accounts mixed, merchant configurations crossed, the key regenerated at Alipay); RSA verification with your own public key instead of Alipay’s; the request was altered on the way (a proxy rewrote it, a framework parsed and re-joined it); a routing framework appended parameters to return_url, which then count as signed; the body was decoded as UTF-8 and re-encoded (GBK text turned into U+FFFD), or + was read as a plus sign instead of a space; or the request is forged. So that forgeries cannot make it expensive, the handlers do not diagnose; diagnoseMessage, verification with diagnose: true, or the CLI’s verify tell which of these it is, in the hint, from the logged raw body.',
    },
    fix: {
      zh: '用日志里保存的原始正文离线复现：`alipay-escrow verify --key "$ALIPAY_KEY" --charset <字符集> --offline < body.bin`，看输出的 presign（待签名字符串）是否符合预期；核对 key 与 partner 属于同一个账号且是最新的；RSA 模式下确认配置的是支付宝公钥。',
      en: 'Reproduce offline from the logged raw body: `alipay-escrow verify --key "$ALIPAY_KEY" --charset <charset> --offline < body.bin`, and check that its presign (the string to sign) is what you expect; make sure key and partner belong to the same account and the key is current; in RSA mode, make sure Alipay’s public key is configured.',
    },
  },
  {
    code: 'SIGN_TYPE_MISMATCH',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '签名方式与配置不符', en: 'sign_type differs from the configuration' },
    cause: {
      zh: '通知里的 sign_type 与配置的签名方式不同（例如配置的是 MD5，通知却说是 RSA）。官方 demo 忽略这个字段，本库则拒绝，防止攻击者换一种更容易伪造的签名方式。如果你刚刚切换过签名方式，之前创建的交易也可能仍按原来的方式通知。',
      en: 'The notification’s sign_type differs from the configured one (MD5 configured, RSA posted, say). The official demo ignores the field; the library refuses, so an attacker cannot pick an easier method. If you just switched methods, trades created before may still notify with the old one.',
    },
    fix: {
      zh: '让配置与账号在支付宝实际使用的签名方式一致；切换签名方式前先把进行中的交易处理完。如果请求不是来自支付宝，拒绝就是正确的结果。',
      en: 'Configure the method the account actually uses at Alipay, and finish open trades before switching methods. If the request is not from Alipay, refusing it is correct.',
    },
  },
  {
    code: 'SIGN_TYPE_UNSUPPORTED',
    kind: 'library',
    services: [CREATE, SEND, QUERY, CLOSE, NOTIFY],
    title: { zh: '不支持的签名方式', en: 'Unsupported sign_type' },
    cause: {
      zh: '配置或收到的签名方式不受支持。本库只实现 MD5 和 RSA（RSA-SHA1）；DSA 虽然列在文档里，但文档没有给出算法细节，也找不到可靠的公开实现。',
      en: 'The configured or received signing method is not supported. The library implements MD5 and RSA (RSA-SHA1); DSA is listed in the spec, but the spec gives no algorithm details and no reliable public implementation exists.',
    },
    fix: {
      zh: '使用 MD5 或 RSA；如果账号设置的是 DSA，请联系支付宝改成 MD5 或 RSA。',
      en: 'Use MD5 or RSA; if the account is set up for DSA, ask Alipay to switch it to MD5 or RSA.',
    },
  },
  {
    code: 'NOTIFY_ID_MISSING',
    kind: 'library',
    services: [NOTIFY, VERIFY],
    title: { zh: '缺少 notify_id', en: 'notify_id missing' },
    cause: {
      zh: '通知或同步返回里没有 notify_id，因此无法向支付宝核实真伪。官方 demo 这时会跳过核实、只看签名；本库直接拒绝，因为一旦 key 泄露或签名被重放，只看签名是发现不了的。真正的支付宝通知总会带 notify_id。',
      en: 'The notification or return has no notify_id, so it cannot be checked with Alipay. The official demo then skips the check and trusts the signature alone; the library refuses, because a leaked key or a replayed signature would go unnoticed. Genuine Alipay notifications always carry a notify_id.',
    },
    fix: {
      zh: '检查代理或框架是否删掉了参数；测试时用 `alipay-escrow sandbox` 或本库的测试辅助函数生成完整的通知，不要手写。',
      en: 'Check whether a proxy or framework removed parameters; for tests, produce complete notifications with `alipay-escrow sandbox` or the library’s testing helpers instead of writing them by hand.',
    },
  },
  {
    code: 'NOTIFY_VERIFY_FAILED',
    kind: 'library',
    services: [VERIFY, NOTIFY],
    title: { zh: '支付宝核实未通过', en: 'notify_verify did not confirm' },
    keywords: { zh: ['通知收不到', '通知验证失败', 'notify_id 校验失败'], en: ['notification not confirmed'] },
    cause: {
      zh: '向支付宝 notify_verify 核实时，回答不是 true（而是 false、invalid 或其他内容）。常见原因：请求是伪造的；同步返回超过了 1 分钟有效期（买家过一会儿刷新返回页，或从浏览器历史打开）；这条异步通知已经回复过 success，notify_id 已失效，现在是重放；配置的 partner 与创建交易的账号不一致（这时支付宝通常回答 invalid）；把沙箱的通知拿到正式网关去核实。另外，核实请求本身失败（网关返回 HTTP 错误或网络出错）时也报这个码，消息里的回答显示为 "error"，这时本库同样回复 fail，支付宝稍后会重发。',
      en: 'Alipay’s notify_verify answered something other than true (false, invalid or anything else). Common causes: a forged request; a return verified after its 1-minute lifetime (the buyer reloaded the return page later or opened it from history); a notification already acknowledged with success, whose notify_id is spent, being replayed; a configured partner different from the account that created the trade (Alipay then tends to answer invalid); a sandbox notification checked against the live gateway. The same code is used when the check itself failed (an HTTP or network error; the message then shows the answer as "error"); the library replies fail and Alipay delivers again later.',
    },
    fix: {
      zh: '核对 partner。返回页核实失败时不要把订单当成支付失败，按本地订单状态展示，以异步通知为准；想确认交易的真实状态，可以调用 single_trade_query。回答是 "error" 时，检查服务器能否访问 https://mapi.alipay.com（参见 GATEWAY_NETWORK_ERROR）。',
      en: 'Check the partner id. When a return fails verification, do not treat the order as failed: show its current state and rely on the asynchronous notification; to learn the trade’s real status, call single_trade_query. If the answer is "error", check that the server can reach https://mapi.alipay.com (see GATEWAY_NETWORK_ERROR).',
    },
  },
  {
    code: 'NOTIFY_VERIFY_TIMEOUT',
    kind: 'library',
    services: [VERIFY, NOTIFY],
    title: { zh: '支付宝核实超时', en: 'notify_verify timed out' },
    cause: {
      zh: '调用 notify_verify 在超时时间内没有得到回答：服务器不能访问外网 HTTPS，防火墙拦住了到 mapi.alipay.com 的 443 端口，DNS 解析慢或失败，或者网络拥塞。这时本库回复 fail，支付宝稍后会重发通知（最多 8 次，约 25 小时内），所以通知不会丢。',
      en: 'notify_verify did not answer within the timeout: the server cannot reach the internet over HTTPS, a firewall blocks port 443 to mapi.alipay.com, DNS is slow or failing, or the network is congested. The library answers fail, and Alipay resends the notification later (up to 8 deliveries within about 25 hours), so nothing is lost.',
    },
    fix: {
      zh: '在服务器上 curl 一下 https://mapi.alipay.com 确认能访问，放行出站 443；不要写死支付宝的 IP，要走 DNS；需要时调大超时时间。Node 内置的 fetch 不读取 HTTPS_PROXY 环境变量，必须走代理时请传入自定义 fetch。',
      en: 'curl https://mapi.alipay.com from the server to confirm it is reachable and allow outgoing 443; resolve Alipay through DNS, never a pinned IP; raise the timeout if needed. Node’s built-in fetch ignores HTTPS_PROXY, so pass a custom fetch if you must go through a proxy.',
    },
  },
  // applying a verified notification (handlers)
  {
    code: 'NOTIFY_ID_REUSED',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: 'notify_id 已属于另一笔交易', en: 'notify_id already belongs to another trade' },
    cause: {
      zh: '这个 notify_id 已经在另一笔订单（out_trade_no 或 trade_no 不同）上生效过。notify_verify 只回答某个 notify_id 是不是支付宝发的，不回答它属于哪笔交易；同一个 id 出现在两笔交易上，说明有人拿自己一笔真实付款的 notify_id 来伪造别人订单的通知。本库拒绝它，回复 fail 并记录。',
      en: 'This notify_id was already applied to another order (a different out_trade_no or trade_no). notify_verify only says whether Alipay issued a notify_id, not which trade it belongs to; the same id on two trades means someone took the notify_id of a genuine payment of their own to forge a notice about somebody else’s order. The library refuses it, answers fail and logs it.',
    },
    fix: {
      zh: '无需处理，拒绝就是正确结果。查看通知日志里这个 notify_id 的两条记录与来源地址；对涉及的订单调用 reconcile 向支付宝确认真实状态。',
      en: 'Nothing to fix: refusing is the right outcome. Look at both log entries with this notify_id and their source addresses; call reconcile for the orders involved to confirm their real state with Alipay.',
    },
  },
  {
    code: 'IP_NOT_ALLOWED',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '来源 IP 不在白名单内', en: 'Source IP not on the allow-list' },
    keywords: { zh: ['通知收不到', '通知被拒绝', 'IP 白名单'], en: ['notifications refused', 'IP allow-list'] },
    cause: {
      zh: '开启了 ipAllowList，而这次通知的来源地址不在允许的网段内（默认 121.0.26.0/23、110.75.128.0/19、115.124.16.0/24），或者取不到来源地址。服务在反向代理之后时，看到的往往是代理自己的地址：需要配置 trustedProxyHeader（如 x-forwarded-for）。本库从右往左数第 trustedProxyHops 个地址（默认 1，即最右边那个，是你自己的代理追加的），左边的内容由客户端自己写、一概不看；这个头里的地址个数不够时，来源地址视为未知。本库回复 403 和 fail，并记录这次请求。',
      en: 'ipAllowList is on and the notification came from an address outside the allowed ranges (by default 121.0.26.0/23, 110.75.128.0/19, 115.124.16.0/24), or no source address was known. Behind a reverse proxy the address seen is usually the proxy’s own: set trustedProxyHeader (e.g. x-forwarded-for). The library then takes the entry trustedProxyHops from the right (default 1, the rightmost, which your own proxy appended) and never the entries to its left, which the client writes; a header with fewer entries than that leaves the address unknown. The library answers 403 with fail and logs the request.',
    },
    fix: {
      zh: '在代理后面时配置 trustedProxyHeader；代理不止一层（如负载均衡加 nginx）时，把 trustedProxyHops 设为追加这个头的代理层数。x-real-ip、cf-connecting-ip 这类只有一个值的头，只有在代理每次都覆盖它时才可信。查看日志里的 remoteAddress，把服务器实际看到的支付宝地址加进 ranges；适配器要把连接的远端地址作为 remoteAddress 传进来。签名和 notify_verify 已经能确认通知真伪，IP 白名单只是额外的一层。',
      en: 'Behind a proxy, set trustedProxyHeader; with more than one proxy of your own (a load balancer in front of nginx, say), set trustedProxyHops to how many of them append to that header. A single-value header such as x-real-ip or cf-connecting-ip is trustworthy only when your proxy overwrites it on every request. Check remoteAddress in the log and add the Alipay addresses you actually see to ranges; make the adapter pass the connection’s peer address as remoteAddress. The signature and notify_verify already prove a notification genuine; the allow-list is an extra layer.',
    },
  },
  {
    code: 'UNKNOWN_ORDER',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '找不到对应的订单', en: 'No such order' },
    keywords: { zh: ['订单不存在', '找不到订单'], en: ['order not found'] },
    cause: {
      zh: '通知真实有效，但其中的 out_trade_no 在存储里没有对应订单：订单没有经过 createPayment 保存，测试库和正式库或几个网站共用一个支付宝账号导致订单号串了，订单被删除，或者存储连错了数据库。本库记为异常并回复 fail，支付宝会继续重发（约 25 小时内最多 8 次），给商户留出排查时间。',
      en: 'The notification is genuine but its out_trade_no has no order in the store: the order was not saved through createPayment, test and production (or several sites) share one Alipay account and the numbers got mixed up, the order was deleted, or the store points at the wrong database. The library records an anomaly and answers fail, so Alipay keeps resending (up to 8 deliveries within about 25 hours) while you investigate.',
    },
    fix: {
      zh: '用 createPayment 创建并保存每一笔订单；检查存储连接的是不是正确的数据库；给每个站点和环境的订单号加前缀。补上订单后，等支付宝下一次重发，或者用 replay(日志 id) 重新处理记录下来的通知。',
      en: 'Create and save every order with createPayment; check that the store points at the right database; prefix order numbers per site and environment. Once the order exists, wait for Alipay’s next delivery or call replay(logId) on the logged notification.',
    },
  },
  {
    code: 'AMOUNT_MISMATCH',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '金额与订单不符', en: 'Amount does not match the order' },
    keywords: { zh: ['金额不一致', '金额不对'], en: ['amount differs'] },
    cause: {
      zh: '通知真实有效，但 total_fee 不等于订单任何一种物流方式下的应付金额（按分比较）。常见原因：卖家在支付宝后台改了价（is_total_fee_adjust=Y），订单号被重复使用，或者订单保存的金额和实际发出的请求不一致。本库不改变订单状态、不调用业务钩子，记录异常并调用 onAnomaly，然后回复 success：通知是真的，重发多少次内容也不会变，回复 fail 只会让同样的异常再出现 7 次。',
      en: 'The notification is genuine but total_fee equals none of the order’s payable amounts (one per logistics option, compared in cents). Typical causes: the seller changed the price in Alipay’s back office (is_total_fee_adjust=Y), an order number was reused, or the stored order disagrees with the request that was sent. The library changes no state and runs no hook; it records the anomaly, calls onAnomaly and answers success: the message is genuine and a redelivery cannot change it, so fail would only repeat the same anomaly seven more times.',
    },
    fix: {
      zh: '在 onAnomaly 里报警并人工核对：用 single_trade_query 查看支付宝上的实际金额，决定接受还是退款。确认无误后修正订单数据，再用 replay(日志 id) 重新处理这条通知，或调用 reconcile(订单号) 按支付宝的实际状态同步。',
      en: 'Alert from onAnomaly and check by hand: look at the trade with single_trade_query and decide whether to accept it or refund. Once resolved, correct the order and call replay(logId) on the logged notification, or reconcile(outTradeNo) to apply Alipay’s current state.',
    },
  },
  {
    code: 'SELLER_MISMATCH',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '收款卖家与配置不符', en: 'Seller does not match the configured seller' },
    cause: {
      zh: '通知真实有效，但其中的 seller_id 或 seller_email 与订单创建时配置的卖家不同（两边都有值时才比较）。可能是几个收款账号共用一个 partner，配置改过卖家而旧订单还在途中，或者有人用同一个 partner 替别的卖家下了单。本库不改变订单状态、不调用业务钩子，记录异常、调用 onAnomaly 并回复 success（通知是真的，重发也不会变）。',
      en: 'The notification is genuine but its seller_id or seller_email differs from the seller configured when the order was created (compared only when both sides have a value). Several receiving accounts may share one partner, the configured seller changed while older orders were in flight, or someone used the partner to create a trade for another seller. The library changes no state and runs no hook; it records the anomaly, calls onAnomaly and answers success (the message is genuine; a redelivery cannot change it).',
    },
    fix: {
      zh: '核对 merchant.seller 的配置和支付宝上这笔交易的收款方；确认钱进了正确的账户后，修正配置或订单，再用 replay(日志 id) 重新处理。',
      en: 'Compare merchant.seller with the trade’s payee in Alipay; once the money is confirmed in the right account, correct the configuration or the order and call replay(logId).',
    },
  },
  {
    code: 'PARTNER_MISMATCH',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '合作身份者 ID 与配置不符', en: 'Partner does not match the configured partner' },
    cause: {
      zh: '通知里带了 partner 或 partnerId 字段，值却不是本商户的合作身份者 ID：通常是几个签约账号共用一个通知地址，或者同一个 key 被用在了多个 partner 上。本库不改变订单状态、不调用业务钩子，记录异常、调用 onAnomaly 并回复 success（通知是真的，重发也不会变）。',
      en: 'The message carries a partner or partnerId field whose value is not this merchant’s partner id: usually several contracted accounts share one notify URL, or one key is used for several partners. The library changes no state and runs no hook; it records the anomaly, calls onAnomaly and answers success (the message is genuine; a redelivery cannot change it).',
    },
    fix: {
      zh: '每个 partner 用自己的通知地址和自己的配置；确认这笔交易属于哪个账号后，用对应的配置处理，或者用 replay(日志 id) 重新处理。',
      en: 'Give each partner its own notify URL and configuration; find out which account the trade belongs to and process it with that configuration, or call replay(logId).',
    },
  },
  {
    code: 'HOOK_FAILED',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '业务钩子执行失败', en: 'A merchant hook threw' },
    cause: {
      zh: '订单状态已经提交，但某个业务钩子（onPaid、onShipped 等）抛出了异常。这个效果保持待执行，错误信息记在效果记录里；本库回复 fail，支付宝重发时只会重跑没完成的效果，已经成功的不会再跑。',
      en: 'The order’s state was committed, but a hook (onPaid, onShipped, …) threw. The effect stays pending with the error message recorded on it; the library answers fail, and when Alipay redelivers only the unfinished effects run again, never the ones that succeeded.',
    },
    fix: {
      zh: '查看 listEffects(订单号) 里的 lastError，修好钩子后等支付宝重发，或者用 replay(日志 id) 立即补跑。钩子要按 idempotencyKey 做幂等：同一个 key 可能因为超时被调用不止一次。',
      en: 'Read lastError in listEffects(outTradeNo), fix the hook, then wait for the redelivery or call replay(logId) to run it now. Make hooks idempotent on idempotencyKey: after a timeout the same key can be delivered more than once.',
    },
  },
  {
    code: 'EFFECT_IN_PROGRESS',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '效果正由另一个请求执行', en: 'An effect is being run by another request' },
    cause: {
      zh: '同一笔订单的某个效果正被另一个并发请求（支付宝的重复通知、同步返回页，或另一台服务器）执行，租约尚未到期。本库不会重复执行，而是回复 fail，让支付宝稍后重发时确认它已完成。',
      en: 'An effect of this order is being run by a concurrent request (a duplicate delivery, the return page, or another server) and its lease has not ended. The library does not run it twice; it answers fail so that Alipay’s next delivery confirms it finished.',
    },
    fix: {
      zh: '一般无需处理。如果一直出现，说明钩子运行时间超过了 effectLeaseMs（默认 60 秒）或进程在执行中崩溃：缩短钩子耗时，或调大 effectLeaseMs。',
      en: 'Usually nothing to do. If it persists, a hook runs longer than effectLeaseMs (60 s by default) or a process crashed mid-run: make the hook faster or raise effectLeaseMs.',
    },
  },
  {
    code: 'EFFECTS_DEFERRED',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '效果留给你的应用执行', en: 'Effects left for your app to run' },
    cause: {
      zh: '这次对账或重跑是在应用之外执行的（例如 alipay-escrow replay / reconcile，它们以 deferEffects 运行，调不到你的钩子）：状态已经提交，欠下的效果（onPaid 等）记为待执行。',
      en: 'This reconcile or replay ran outside your app (e.g. alipay-escrow replay / reconcile, which run with deferEffects and cannot call your hooks): the transition is committed and the effects it owes (onPaid, …) are recorded pending.',
    },
    fix: {
      zh: '不用补做什么：你的应用在这笔订单的下一次通知或下一次 sweep 时执行这些效果。想立刻执行，就在应用里（它有钩子）调用 escrow.sweep() 或在运维控制台里重跑。',
      en: 'Nothing to redo: your app runs them on the order’s next delivery or its next sweep. To run them now, call escrow.sweep() in your app (it has the hooks), or replay from the operations console.',
    },
  },
  {
    code: 'CONCURRENT_UPDATE',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '订单被并发修改', en: 'The order kept changing concurrently' },
    cause: {
      zh: '提交状态变化时，订单的版本号一再被其他请求抢先修改，重试若干次后仍未成功。正常情况下重复通知只会冲突一次；反复冲突说明有大量请求同时修改同一笔订单。本库没有做任何修改，回复 fail，支付宝会重发。',
      en: 'While committing a transition, other requests changed the order’s version first, again and again, until the retries ran out. Duplicate deliveries normally conflict once; repeated conflicts mean many requests are changing the same order at once. Nothing was changed; the library answers fail and Alipay redelivers.',
    },
    fix: {
      zh: '检查是否有别的代码在循环修改同一笔订单（例如定时任务不停地 reconcile）；否则无需处理，下一次重发会成功。',
      en: 'Look for other code changing the same order in a loop (a job calling reconcile repeatedly, say); otherwise nothing to do, the next delivery succeeds.',
    },
  },
  {
    code: 'REPLAY_REFUSED',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '这条记录不能重放', en: 'This log entry cannot be replayed' },
    cause: {
      zh: 'replay 只重放完整验证过的消息（签名正确且 notify_verify 确认）。这条记录当初被拒绝（签名不对、格式错误、含有伪造特征），或者它不是通知或回跳；签名正确但 notify_verify 没有确认（失败或超时）的记录只有在重新调用 notify_verify 并得到确认时才能重放。否则，任何能打开后台重放按钮的人都可以让商户应用一条支付宝从未确认过的消息。',
      en: 'replay runs again only messages that were fully verified (signature right and confirmed by notify_verify). This entry was rejected (bad signature, malformed, signs of forgery), or it is not a notification or return; an entry whose signature was right but which notify_verify did not confirm (failed or timed out) can be replayed only with a fresh notify_verify that confirms it. Otherwise anyone who can reach a replay button could make the merchant apply a message Alipay never confirmed.',
    },
    fix: {
      zh: '对签名正确但未经确认的记录，用 replay(id, { verifyNotifyId: true }) 重新核实（回跳的 notify_id 约一分钟后失效，这时请改用 reconcile）。想知道订单的真实状态，调用 reconcile(outTradeNo) 直接问支付宝。',
      en: 'For an entry whose signature was right but which was never confirmed, call replay(id, { verifyNotifyId: true }) to check it again (a return’s notify_id expires after about a minute; use reconcile then). To learn an order’s real state, call reconcile(outTradeNo), which asks Alipay directly.',
    },
  },
  {
    code: 'INTERNAL_ERROR',
    kind: 'library',
    services: [NOTIFY],
    title: { zh: '处理通知时出现意外错误', en: 'Unexpected error while handling a notification' },
    cause: {
      zh: '处理过程中出现了意外异常，通常来自存储（数据库断开、超时、磁盘满）。已经提交的部分是完整的（状态和效果在同一个原子操作里写入），没完成的部分不会生效；本库回复 fail，支付宝重发时会从头再来。',
      en: 'Something unexpected threw while handling the request, usually the store (database down, timeout, disk full). What was committed is complete (state and effects are written in one atomic step) and nothing half-done takes effect; the library answers fail and Alipay’s redelivery starts over.',
    },
    fix: {
      zh: '查看这条日志的 detail 和服务器日志，修复存储或网络问题后等待支付宝重发，或者用 replay(日志 id) 立即重新处理。',
      en: 'Read the log entry’s detail and your server logs, fix the store or network, then wait for the redelivery or call replay(logId) to process it now.',
    },
  },
  // talking to the gateway
  {
    code: 'GATEWAY_TIMEOUT',
    kind: 'library',
    services: XML_CALLS,
    title: { zh: '网关响应超时', en: 'Gateway timed out' },
    cause: {
      zh: '调用网关（确认发货、查询、关闭交易）在超时时间内没有响应。注意：超时并不代表支付宝没有处理，请求可能已经成功了。',
      en: 'A gateway call (send-goods, query, close) got no answer within the timeout. A timeout does not mean Alipay did nothing: the request may well have succeeded.',
    },
    fix: {
      zh: '确认发货接口是幂等的，可以用相同参数重试；关闭交易或其他操作重试前，先用 single_trade_query 查一下实际状态。持续超时请检查出站网络，必要时调大超时时间。',
      en: 'Send-goods is idempotent and can be retried with the same parameters; before retrying other operations, check the real state with single_trade_query. If timeouts persist, check outgoing connectivity and raise the timeout if needed.',
    },
  },
  {
    code: 'GATEWAY_HTTP_ERROR',
    kind: 'library',
    services: XML_CALLS,
    title: { zh: '网关返回 HTTP 错误', en: 'Gateway answered with an HTTP error' },
    cause: {
      zh: '网关返回了非 2xx 的 HTTP 状态。可能是网关地址配置错了（拼写错误、用了 http 而不是 https、正式环境用了沙箱地址），中间的代理出错，或者支付宝在维护、出故障。',
      en: 'The gateway answered with a non-2xx HTTP status. The gateway address may be misconfigured (a typo, http instead of https, the sandbox address in production), a proxy in between failed, or Alipay is under maintenance or having an outage.',
    },
    fix: {
      zh: '确认网关地址是 https://mapi.alipay.com/gateway.do；查看错误里的 HTTP 状态码和响应内容；5xx 稍后重试。',
      en: 'Check the gateway address is https://mapi.alipay.com/gateway.do; look at the status code and body in the error; retry 5xx later.',
    },
  },
  {
    code: 'GATEWAY_NETWORK_ERROR',
    kind: 'library',
    services: XML_CALLS,
    title: { zh: '无法连接网关', en: 'Could not reach the gateway' },
    cause: {
      zh: '请求根本没到达网关：DNS 解析失败，连接被拒绝或重置，TLS 握手失败（例如公司网络对 HTTPS 做了中间人检查，证书不被信任），或者服务器没有外网出口。',
      en: 'The request never reached the gateway: DNS failed, the connection was refused or reset, the TLS handshake failed (a corporate network intercepting HTTPS with an untrusted certificate, say), or the server has no route to the internet.',
    },
    fix: {
      zh: '在服务器上 curl https://mapi.alipay.com/gateway.do，检查连通性和证书；需要代理时传入走代理的自定义 fetch（Node 内置的 fetch 不读取 HTTPS_PROXY）。',
      en: 'curl https://mapi.alipay.com/gateway.do from the server to check connectivity and certificates; if you need a proxy, pass a custom fetch that uses it (Node’s built-in fetch ignores HTTPS_PROXY).',
    },
  },
  {
    code: 'GATEWAY_RESPONSE_INVALID',
    kind: 'library',
    services: XML_CALLS,
    title: { zh: '网关响应无法识别', en: 'Unrecognised gateway response' },
    cause: {
      zh: '网关返回的内容不是预期的 XML（以 <alipay> 为根、包含 is_success）：可能是 HTML 错误页（网关遇到严重的参数错误时会显示“调试错误”页面），代理或运营商劫持返回的页面，被截断的响应，或者调用了网关不认识的 service。reconcile 和 sendGoods 还会拒绝不属于这笔订单的交易记录：记录里没有 out_trade_no，out_trade_no 是别的订单，或者 trade_no 和订单已知的支付宝交易号不同。这样的记录什么都不会应用。',
      en: 'The gateway’s reply is not the expected XML (an <alipay> root with is_success): it may be an HTML error page (the gateway shows its “调试错误” debug-error page for badly broken requests), a page injected by a proxy or ISP, a truncated response, or the answer to a service the gateway does not know. reconcile and sendGoods also refuse a trade record that is not about the order: one without out_trade_no, one about another order, or one whose trade_no differs from the Alipay trade number the order already knows. Nothing of such a record is applied.',
    },
    fix: {
      zh: '在通知日志里找到这条被拒绝的 reconcile / send_goods 记录，看看原始响应（也可以传入一个记录响应内容的自定义 fetch）；如果是 HTML 错误页，找到页面上的错误代码，用 `alipay-escrow explain <代码>` 查看说明。如果记录属于别的交易，检查 gatewayUrl 和 partner 是否就是创建这笔订单时用的。',
      en: 'Find the rejected reconcile / send_goods entry in the notification log and look at the raw reply (or pass a custom fetch that logs it); if it is an HTML error page, find the error code on it and run `alipay-escrow explain <CODE>`. If the record is about another trade, check that gatewayUrl and partner are the ones the order was created with.',
    },
  },
  {
    code: 'RESPONSE_SIGN_INVALID',
    kind: 'library',
    services: XML_CALLS,
    title: { zh: '网关响应签名无效', en: 'Gateway response signature invalid' },
    keywords: { zh: ['应答验签失败', '响应签名无效'], en: ['response signature invalid'] },
    cause: {
      zh: '网关 XML 响应里的 <sign> 与按文档规则（把 <response><tradeBase> 或 <response><trade> 下的全部子元素排序拼接后签名）重新计算的结果不一致；或者响应带着交易记录（发货、single_trade_query 的成功响应），却没有 <sign>、或 <sign/> 是空的。交易记录会被 reconcile 和 sendGoods 应用到订单上，没有签名就证明不了它来自支付宝：能冒充网关的人（gatewayUrl 配错、DNS 被劫持、解开 HTTPS 的代理）可以随便写一条。看起来像一个由你签名的请求的“记录”（含有 service、_input_charset）也按签名无效处理。其他可能：key 不对，响应在途中被改写，或者文档没说清的细节（签名所用的字符集、空元素是否参与）与本库的理解不同。被拒绝的响应会记入通知日志（rejected），订单不变、钩子不运行。',
      en: 'The <sign> in the gateway’s XML differs from the value recomputed by the spec’s rule (all children of <response><tradeBase> or <response><trade>, sorted and joined, then signed); or the reply carries a trade record (a send-goods or single_trade_query success) with no <sign> or an empty <sign/>. reconcile and sendGoods apply trade records to orders, and without a sign nothing shows the record comes from Alipay: whoever can answer for the gateway (a wrong gatewayUrl, a spoofed DNS answer, a proxy that opens HTTPS) could write any record. A “record” shaped like a request you signed (naming service or _input_charset) counts as wrongly signed too. Other causes: a wrong key, a reply rewritten on the way, or a detail the spec leaves open (the charset hashed, whether empty elements count) read differently. The refused reply is logged (rejected); the order is unchanged and no hook runs.',
    },
    fix: {
      zh: '先确认同一个 key 能正常验证异步通知，gatewayUrl 指向支付宝网关（或沙箱），中间没有会改写响应的代理；如果通知验签正常而 XML 应答的签名验证不过，请把日志里的原始 XML（隐去买家信息）报告给本库的维护者。不要因此重复调用发货接口，稍后再调用 reconcile 确认交易状态。verifyResponseSign: false 会让任何没有签名的记录生效，只在你自己掌控、确实不签名的网关上使用。',
      en: 'First make sure the same key verifies notifications, that gatewayUrl points at the Alipay gateway (or the sandbox) and that no proxy rewrites replies; if notifications verify and XML replies do not, report the raw XML from the log (buyer data masked) to the library’s maintainers. Do not repeat the send-goods call because of this; call reconcile later to check the trade. verifyResponseSign: false makes any unsigned record count: use it only for a gateway you control that really does not sign.',
    },
  },
] as const satisfies readonly CatalogueEntry[];

/** Compile-time check: a code added to codes.ts without a catalogue entry fails type-checking here. */
type AssertNever<T extends never> = T;
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check: the type exists only to fail type-checking
type CataloguedEverything = AssertNever<Exclude<ErrorCode, (typeof ENTRIES)[number]['code']>>;

/** One entry per error code, in the order of codes.ts. */
export const CATALOGUE: readonly CatalogueEntry[] = ENTRIES;

/** Misspellings seen in the wild, mapped to the code Alipay actually sends (other SDKs' error tables). */
export const ERROR_CODE_ALIASES: Readonly<Record<string, ErrorCode>> = {
  HASH_NO_PRIVILEGE: 'HAS_NO_PRIVILEGE',
};
