import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: WARNING_HEADER","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/variables/WARNING_HEADER.md","filePath":"api/@alipay-escrow/core/handlers/variables/WARNING_HEADER.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/variables/WARNING_HEADER.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / WARNING_HEADER</p><h1 id="variable-warning-header" tabindex="-1">Variable: WARNING_HEADER <a class="header-anchor" href="#variable-warning-header" aria-label="Permalink to &quot;Variable: WARNING\\_HEADER&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> WARNING_HEADER</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;alipay-escrow-warning&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;alipay-escrow-warning&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The response header that tells a TEST sender (the sandbox, <code>alipay-escrow trigger</code>) what the merchant&#39;s logger was warned about while handling its notification — <code>anomaly AMOUNT_MISMATCH</code>, <code>rejection SIGN_MISMATCH</code> — so an anomaly answered <code>success</code> is not silent to the tester. Only when <code>merchant.gatewayUrl</code> is not Alipay&#39;s production gateway: Alipay never sees it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/variables/WARNING_HEADER.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WARNING_HEADER = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WARNING_HEADER as default
};
