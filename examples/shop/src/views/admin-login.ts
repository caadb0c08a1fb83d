/** The seller/admin sign-in page of the demo (the password start.ts prints, or SHOP_ADMIN_PASSWORD). */
import { html, type Html } from '../html.js';
import { csrfInput } from './layout.js';

export function adminLoginBody({ next, csrf, error }: { next: string; csrf: string; error: string | null }): Html {
  return html`<section><h1>卖家登录</h1>
<p class="muted">卖家后台和通知日志需要密码：启动演示时终端里打印的那个（或环境变量 <code>SHOP_ADMIN_PASSWORD</code>）。</p>
${error ? html`<p class="error" id="admin-login-error">${error}</p>` : ''}
<form method="post" action="/admin/login" id="admin-login-form">${csrfInput(csrf)}<input type="hidden" name="next" value="${next}">
<label for="password">密码</label><input type="password" id="password" name="password" autocomplete="current-password" required autofocus>
<button type="submit">登录</button></form></section>`;
}
