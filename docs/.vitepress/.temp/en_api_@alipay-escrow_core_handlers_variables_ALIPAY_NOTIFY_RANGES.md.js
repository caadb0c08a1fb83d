import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ALIPAY_NOTIFY_RANGES","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/handlers/variables/ALIPAY_NOTIFY_RANGES.md","filePath":"en/api/@alipay-escrow/core/handlers/variables/ALIPAY_NOTIFY_RANGES.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/handlers/variables/ALIPAY_NOTIFY_RANGES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / ALIPAY_NOTIFY_RANGES</p><h1 id="variable-alipay-notify-ranges" tabindex="-1">Variable: ALIPAY_NOTIFY_RANGES <a class="header-anchor" href="#variable-alipay-notify-ranges" aria-label="Permalink to &quot;Variable: ALIPAY\\_NOTIFY\\_RANGES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> ALIPAY_NOTIFY_RANGES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> string</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Alipay&#39;s outbound ranges as the integration guide lists them (§4.2, 第二步 B).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/handlers/variables/ALIPAY_NOTIFY_RANGES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ALIPAY_NOTIFY_RANGES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ALIPAY_NOTIFY_RANGES as default
};
