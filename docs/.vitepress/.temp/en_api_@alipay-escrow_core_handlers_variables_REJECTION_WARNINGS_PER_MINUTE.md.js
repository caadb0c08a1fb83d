import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: REJECTION_WARNINGS_PER_MINUTE","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/handlers/variables/REJECTION_WARNINGS_PER_MINUTE.md","filePath":"en/api/@alipay-escrow/core/handlers/variables/REJECTION_WARNINGS_PER_MINUTE.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/handlers/variables/REJECTION_WARNINGS_PER_MINUTE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / REJECTION_WARNINGS_PER_MINUTE</p><h1 id="variable-rejection-warnings-per-minute" tabindex="-1">Variable: REJECTION_WARNINGS_PER_MINUTE <a class="header-anchor" href="#variable-rejection-warnings-per-minute" aria-label="Permalink to &quot;Variable: REJECTION\\_WARNINGS\\_PER\\_MINUTE&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> REJECTION_WARNINGS_PER_MINUTE</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 20</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 20</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>At most this many <code>rejection</code> warnings a minute: refused requests come from anyone who can reach notify_url, so a flood of them must not flood the log too. Every one of them is still in the notification log. Anomalies need a genuine Alipay signature and are never held back.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/handlers/variables/REJECTION_WARNINGS_PER_MINUTE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const REJECTION_WARNINGS_PER_MINUTE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  REJECTION_WARNINGS_PER_MINUTE as default
};
