import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CSRF_TOKEN_LIFETIME_MS","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/console/variables/CSRF_TOKEN_LIFETIME_MS.md","filePath":"api/@alipay-escrow/console/variables/CSRF_TOKEN_LIFETIME_MS.md"}');
const _sfc_main = { name: "api/@alipay-escrow/console/variables/CSRF_TOKEN_LIFETIME_MS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/console</a> / CSRF_TOKEN_LIFETIME_MS</p><h1 id="variable-csrf-token-lifetime-ms" tabindex="-1">Variable: CSRF_TOKEN_LIFETIME_MS <a class="header-anchor" href="#variable-csrf-token-lifetime-ms" aria-label="Permalink to &quot;Variable: CSRF\\_TOKEN\\_LIFETIME\\_MS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> CSRF_TOKEN_LIFETIME_MS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How long a form&#39;s CSRF token is accepted after the page was shown: 12 hours.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/console/variables/CSRF_TOKEN_LIFETIME_MS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CSRF_TOKEN_LIFETIME_MS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CSRF_TOKEN_LIFETIME_MS as default
};
