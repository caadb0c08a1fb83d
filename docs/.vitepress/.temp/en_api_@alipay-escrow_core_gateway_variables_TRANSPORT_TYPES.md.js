import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: TRANSPORT_TYPES","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/gateway/variables/TRANSPORT_TYPES.md","filePath":"en/api/@alipay-escrow/core/gateway/variables/TRANSPORT_TYPES.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/gateway/variables/TRANSPORT_TYPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">gateway</a> / TRANSPORT_TYPES</p><h1 id="variable-transport-types" tabindex="-1">Variable: TRANSPORT_TYPES <a class="header-anchor" href="#variable-transport-types" aria-label="Permalink to &quot;Variable: TRANSPORT\\_TYPES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> TRANSPORT_TYPES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TransportType</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The four <code>transport_type</code> values send_goods_confirm_by_platform accepts: <code>POST</code> (平邮), <code>EXPRESS</code> (其他快递), <code>EMS</code>, <code>DIRECT</code> (无需物流).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/gateway/variables/TRANSPORT_TYPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TRANSPORT_TYPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TRANSPORT_TYPES as default
};
