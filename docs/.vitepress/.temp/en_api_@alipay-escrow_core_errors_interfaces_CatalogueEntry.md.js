import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CatalogueEntry","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/errors/interfaces/CatalogueEntry.md","filePath":"en/api/@alipay-escrow/core/errors/interfaces/CatalogueEntry.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/errors/interfaces/CatalogueEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / CatalogueEntry</p><h1 id="interface-catalogueentry" tabindex="-1">Interface: CatalogueEntry <a class="header-anchor" href="#interface-catalogueentry" aria-label="Permalink to &quot;Interface: CatalogueEntry&quot;">​</a></h1><p>One error code explained: what it means, why it happens, what to do.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-cause"></a> <code>cause</code></td><td><a href="./LocalizedText"><code>LocalizedText</code></a></td><td>Why it happens.</td></tr><tr><td><a id="property-code"></a> <code>code</code></td><td><a href="./../../core/type-aliases/ErrorCode"><code>ErrorCode</code></a></td><td>The code this entry explains.</td></tr><tr><td><a id="property-fix"></a> <code>fix</code></td><td><a href="./LocalizedText"><code>LocalizedText</code></a></td><td>What to do about it.</td></tr><tr><td><a id="property-keywords"></a> <code>keywords?</code></td><td><a href="./LocalizedList"><code>LocalizedList</code></a></td><td>Other words people use for the problem, in both languages: shown on the errors page so that its search finds the entry; absent when the title says it all.</td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><code>&quot;gateway&quot;</code> | <code>&quot;library&quot;</code></td><td><code>gateway</code>: Alipay answers with it; <code>library</code>: this library raises it itself.</td></tr><tr><td><a id="property-services"></a> <code>services</code></td><td>readonly <a href="./../type-aliases/CatalogueService"><code>CatalogueService</code></a>[]</td><td>The calls and flows the code can come from (<code>create_partner_trade_by_buyer</code>, <code>notification</code>, ...).</td></tr><tr><td><a id="property-title"></a> <code>title</code></td><td><a href="./LocalizedText"><code>LocalizedText</code></a></td><td>A short name for the problem.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/errors/interfaces/CatalogueEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CatalogueEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CatalogueEntry as default
};
