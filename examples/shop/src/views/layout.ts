/** The page frame: header with the signed-in buyer and seller, navigation, and a small stylesheet. */
import { html, raw, type Html } from '../html.js';
import { CSRF_FIELD } from '../security/csrf.js';

/** The hidden CSRF field every state-changing form carries (see security/csrf.ts). */
export const csrfInput = (token: string): Html => html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;

const STYLE = `
body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:0;background:#f5f6f8;color:#222}
header{background:#1677ff;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none}header .brand{font-weight:bold;font-size:1.1rem}header .me{margin-left:auto}
main{max-width:960px;margin:1.2rem auto;padding:0 1rem}
section{background:#fff;border-radius:8px;padding:1rem 1.2rem;margin-bottom:1rem;box-shadow:0 1px 2px rgba(0,0,0,.06)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #eee;vertical-align:top}
button,.button{background:#1677ff;color:#fff;border:0;border-radius:4px;padding:.45rem .9rem;font-size:.95rem;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#888}.inline{display:inline}
.status{font-weight:bold}.phase-paid,.phase-shipped{color:#d46b08}.phase-finished{color:#389e0d}.phase-closed{color:#888}.phase-refunding{color:#cf1322}
.muted{color:#777;font-size:.9rem}pre{background:#f5f6f8;padding:.6rem .8rem;border-radius:4px;white-space:pre-wrap;word-break:break-all}.flash{background:#e6f4ff;border:1px solid #91caff;padding:.5rem .8rem;border-radius:4px}
.error{background:#fff1f0;border:1px solid #ffa39e;padding:.5rem .8rem;border-radius:4px}
.products{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:1rem}
.product{border:1px solid #eee;border-radius:8px;padding:.8rem}.price{color:#cf1322;font-size:1.2rem}
label{margin-right:.4rem}input[type=text],input[type=password]{padding:.35rem;border:1px solid #ccc;border-radius:4px}
.plain-list{list-style:none;padding:0;margin:0}
code{background:#f0f0f0;padding:0 .25rem;border-radius:3px}
`;

export interface Page {
  title: string;
  /** The signed-in buyer's name, or null. */
  user: string | null;
  /** True when the seller/admin is signed in. */
  admin?: boolean;
  body: Html | string;
  head?: Html;
  /** This response's CSP nonce. */
  nonce: string;
  /** The form token of this browser's session. */
  csrf: string;
}

/** Where an error page sends the reader back to. */
export interface BackLink {
  href: string;
  label: string;
}

export function layout({ title, user, admin = false, body, head, nonce, csrf }: Page): string {
  const me = user
    ? html`<span class="me">您好，<strong id="current-user">${user}</strong>
<form class="inline" method="post" action="/logout">${csrfInput(csrf)}<button type="submit" class="secondary">退出</button></form></span>`
    : html`<span class="me"><a href="/login" id="login-link">登录</a></span>`;
  const seller = admin
    ? html`<span id="admin-signed-in">卖家已登录 <form class="inline" method="post" action="/admin/logout" id="admin-logout">${csrfInput(csrf)}<button type="submit" class="secondary">卖家退出</button></form></span>`
    : '';
  return `<!doctype html>${html`<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 担保交易演示商店</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><style nonce="${nonce}">${raw(STYLE)}</style>${head}</head>
<body><header><a class="brand" href="/">担保交易演示商店</a><a href="/">商品</a><a href="/orders" id="my-orders-link">我的订单</a>
<a href="/seller" id="seller-link">卖家后台</a><a href="/admin/log" id="admin-link">通知日志</a>${seller}${me}</header>
<main>${body}</main></body></html>`}`;
}

export function errorBody(title: string, message: string, back?: BackLink): Html {
  return html`<section><h1>${title}</h1><p class="error" id="error-message">${message}</p>
${back ? html`<p><a href="${back.href}" id="back-link">${back.label}</a></p>` : ''}</section>`;
}
