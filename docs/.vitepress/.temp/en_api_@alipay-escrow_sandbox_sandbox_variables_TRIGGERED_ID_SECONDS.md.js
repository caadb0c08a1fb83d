import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: TRIGGERED_ID_SECONDS","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/variables/TRIGGERED_ID_SECONDS.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/variables/TRIGGERED_ID_SECONDS.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/variables/TRIGGERED_ID_SECONDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / TRIGGERED_ID_SECONDS</p><h1 id="variable-triggered-id-seconds" tabindex="-1">Variable: TRIGGERED_ID_SECONDS <a class="header-anchor" href="#variable-triggered-id-seconds" aria-label="Permalink to &quot;Variable: TRIGGERED\\_ID\\_SECONDS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> TRIGGERED_ID_SECONDS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>A triggered id stays valid as long as Alipay keeps redelivering: 24 h 22 min.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/variables/TRIGGERED_ID_SECONDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TRIGGERED_ID_SECONDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TRIGGERED_ID_SECONDS as default
};
