import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PgResultLike","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/PgResultLike.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/PgResultLike.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/PgResultLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / PgResultLike</p><h1 id="interface-pgresultlike" tabindex="-1">Interface: PgResultLike <a class="header-anchor" href="#interface-pgresultlike" aria-label="Permalink to &quot;Interface: PgResultLike&quot;">​</a></h1><p>The part of a <code>pg</code> query result the adapter uses (a <code>pg</code> <code>QueryResult</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-rowcount"></a> <code>rowCount</code></td><td><code>number</code> | <code>null</code></td><td>Rows the statement changed or returned; null for a statement without a count (the adapter counts 0).</td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><code>unknown</code>[]</td><td>The rows, as objects keyed by column name.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/PgResultLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PgResultLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PgResultLike as default
};
