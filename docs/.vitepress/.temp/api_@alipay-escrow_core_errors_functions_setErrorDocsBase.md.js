import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: setErrorDocsBase()","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/errors/functions/setErrorDocsBase.md","filePath":"api/@alipay-escrow/core/errors/functions/setErrorDocsBase.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/errors/functions/setErrorDocsBase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / setErrorDocsBase</p><h1 id="function-seterrordocsbase" tabindex="-1">Function: setErrorDocsBase() <a class="header-anchor" href="#function-seterrordocsbase" aria-label="Permalink to &quot;Function: setErrorDocsBase()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> setErrorDocsBase</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">base</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> void</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Points the docs link of every error created from now on at your own copy of the errors page (e.g. an intranet mirror of the docs site): <code>setErrorDocsBase(&#39;https://docs.example.com/errors&#39;)</code>. Without an argument it goes back to <a href="./../variables/DOCS_BASE">DOCS_BASE</a>. The setting is process-wide (module state) because errors are raised everywhere — payment requests, verification, the gateway client, the CLI — far from any options object; call it once at start-up. Every message also names <code>npx alipay-escrow explain CODE</code>, which works offline whatever the base.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>base?</code></td><td><code>string</code></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>AlipayEscrowError CONFIG_INVALID when <code>base</code> is not an absolute http(s) URL without a fragment.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/errors/functions/setErrorDocsBase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const setErrorDocsBase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  setErrorDocsBase as default
};
