import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: RETURN_ID_LIFETIME_MS","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/variables/RETURN_ID_LIFETIME_MS.md","filePath":"api/@alipay-escrow/sandbox/sandbox/variables/RETURN_ID_LIFETIME_MS.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/variables/RETURN_ID_LIFETIME_MS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / RETURN_ID_LIFETIME_MS</p><h1 id="variable-return-id-lifetime-ms" tabindex="-1">Variable: RETURN_ID_LIFETIME_MS <a class="header-anchor" href="#variable-return-id-lifetime-ms" aria-label="Permalink to &quot;Variable: RETURN\\_ID\\_LIFETIME\\_MS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> RETURN_ID_LIFETIME_MS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 60000</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 60_000</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>A return_url notify_id is valid for one minute after the redirect (docs/internals/return.md#redirect, C p27 item 6).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/variables/RETURN_ID_LIFETIME_MS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RETURN_ID_LIFETIME_MS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RETURN_ID_LIFETIME_MS as default
};
