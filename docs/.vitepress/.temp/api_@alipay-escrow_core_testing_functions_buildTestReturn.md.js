import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildTestReturn()","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/testing/functions/buildTestReturn.md","filePath":"api/@alipay-escrow/core/testing/functions/buildTestReturn.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/testing/functions/buildTestReturn.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">testing</a> / buildTestReturn</p><h1 id="function-buildtestreturn" tabindex="-1">Function: buildTestReturn() <a class="header-anchor" href="#function-buildtestreturn" aria-label="Permalink to &quot;Function: buildTestReturn()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> buildTestReturn</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">input</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">TestReturn</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>A correctly signed return_url visit (the browser GET after payment; Alipay sends it with trade_status WAIT_SELLER_SEND_GOODS). Parameters are in name order, as in the spec&#39;s sample, with sign and sign_type last. Verifies with <code>verifyReturn(url, …)</code>.</p><p>Alipay appends its parameters to the return_url&#39;s own query, and such extra parameters are not signed: a return_url with a query of its own therefore fails verification, here as in reality. notify_id is encoded once (the spec&#39;s sample shows it escaped twice; the signature covers whatever value arrives, so both verify).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>input</code></td><td><a href="./../interfaces/TestReturnInput"><code>TestReturnInput</code></a></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/TestReturn"><code>TestReturn</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/testing/functions/buildTestReturn.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildTestReturn = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildTestReturn as default
};
