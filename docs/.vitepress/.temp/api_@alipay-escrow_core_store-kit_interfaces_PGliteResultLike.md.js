import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PGliteResultLike","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/PGliteResultLike.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/PGliteResultLike.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/PGliteResultLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / PGliteResultLike</p><h1 id="interface-pgliteresultlike" tabindex="-1">Interface: PGliteResultLike <a class="header-anchor" href="#interface-pgliteresultlike" aria-label="Permalink to &quot;Interface: PGliteResultLike&quot;">​</a></h1><p>The part of a PGlite query result the adapter uses.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-affectedrows"></a> <code>affectedRows?</code></td><td><code>number</code></td><td>Rows the statement changed; the adapter counts a missing value as 0.</td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>unknown</code>[]</td><td>The rows, as objects keyed by column name.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/PGliteResultLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PGliteResultLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PGliteResultLike as default
};
