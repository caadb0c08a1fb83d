import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: notifyHandler()","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/koa/functions/notifyHandler.md","filePath":"en/api/@alipay-escrow/koa/functions/notifyHandler.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/koa/functions/notifyHandler.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/koa</a> / notifyHandler</p><h1 id="function-notifyhandler" tabindex="-1">Function: notifyHandler() <a class="header-anchor" href="#function-notifyhandler" aria-label="Permalink to &quot;Function: notifyHandler()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> notifyHandler</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">escrow</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Middleware</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The notify_url middleware (<a href="./../../core/core/interfaces/Escrow#handlenotify">Escrow.handleNotify</a>): answers exactly <code>success</code> or <code>fail</code> (405 for a method other than POST). It ends the request (never calls <code>next</code>). Mount it before any body parser, or after one that keeps <code>ctx.request.rawBody</code> (koa-bodyparser, @koa/bodyparser); a body consumed without it makes the middleware throw BODY_ALREADY_PARSED (status 500). Options (rather than an Escrow) are passed to <code>createEscrow</code> now, so a bad configuration throws here.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>escrow</code></td><td><a href="./../type-aliases/EscrowInput"><code>EscrowInput</code></a></td></tr><tr><td><code>options?</code></td><td><a href="./../interfaces/KoaHandlerOptions"><code>KoaHandlerOptions</code></a></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Middleware</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/koa/functions/notifyHandler.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const notifyHandler = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  notifyHandler as default
};
