import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DOCS_BASE","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/errors/variables/DOCS_BASE.md","filePath":"api/@alipay-escrow/core/errors/variables/DOCS_BASE.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/errors/variables/DOCS_BASE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / DOCS_BASE</p><h1 id="variable-docs-base" tabindex="-1">Variable: DOCS_BASE <a class="header-anchor" href="#variable-docs-base" aria-label="Permalink to &quot;Variable: DOCS\\_BASE&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> DOCS_BASE</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;https://alipay-escrow.github.io/alipay-escrow/errors&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;https://alipay-escrow.github.io/alipay-escrow/errors&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Where the errors page is published by default: the docs site this repository deploys (GitHub Pages, <code>.github/workflows/docs.yml</code>), derived from the <code>repository</code> field of the root package.json (scripts/check-packages.mjs checks that they agree). Change it with <a href="./../functions/setErrorDocsBase">setErrorDocsBase</a> when you host the docs yourself.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/errors/variables/DOCS_BASE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DOCS_BASE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DOCS_BASE as default
};
