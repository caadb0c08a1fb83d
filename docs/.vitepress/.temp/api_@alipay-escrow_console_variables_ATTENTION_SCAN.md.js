import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ATTENTION_SCAN","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/console/variables/ATTENTION_SCAN.md","filePath":"api/@alipay-escrow/console/variables/ATTENTION_SCAN.md"}');
const _sfc_main = { name: "api/@alipay-escrow/console/variables/ATTENTION_SCAN.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/console</a> / ATTENTION_SCAN</p><h1 id="variable-attention-scan" tabindex="-1">Variable: ATTENTION_SCAN <a class="header-anchor" href="#variable-attention-scan" aria-label="Permalink to &quot;Variable: ATTENTION\\_SCAN&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> ATTENTION_SCAN</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 200</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 200</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How many of the newest log entries (and of the newest anomalies and errors, and of the newest rejections) the log-based attention list looks through.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/console/variables/ATTENTION_SCAN.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ATTENTION_SCAN = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ATTENTION_SCAN as default
};
