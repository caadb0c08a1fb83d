import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LIVE_GATEWAY_URL","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/variables/LIVE_GATEWAY_URL.md","filePath":"api/@alipay-escrow/core/protocol/variables/LIVE_GATEWAY_URL.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/variables/LIVE_GATEWAY_URL.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / LIVE_GATEWAY_URL</p><h1 id="variable-live-gateway-url" tabindex="-1">Variable: LIVE_GATEWAY_URL <a class="header-anchor" href="#variable-live-gateway-url" aria-label="Permalink to &quot;Variable: LIVE\\_GATEWAY\\_URL&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> LIVE_GATEWAY_URL</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;https://mapi.alipay.com/gateway.do&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;https://mapi.alipay.com/gateway.do&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The production gateway; the only one CR p4/p8 allow (docs/internals/payment-request.md#gateway).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/variables/LIVE_GATEWAY_URL.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LIVE_GATEWAY_URL = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LIVE_GATEWAY_URL as default
};
