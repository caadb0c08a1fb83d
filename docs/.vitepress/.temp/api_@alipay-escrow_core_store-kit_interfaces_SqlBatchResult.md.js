import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SqlBatchResult","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/SqlBatchResult.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/SqlBatchResult.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/SqlBatchResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / SqlBatchResult</p><h1 id="interface-sqlbatchresult" tabindex="-1">Interface: SqlBatchResult <a class="header-anchor" href="#interface-sqlbatchresult" aria-label="Permalink to &quot;Interface: SqlBatchResult&quot;">​</a></h1><p>What <a href="./../../core/interfaces/SqlDatabase#batch">SqlDatabase.batch</a> reports for one statement.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-changes"></a> <code>changes</code></td><td><code>number</code></td><td>Rows the statement inserted, updated or deleted (0 for a SELECT).</td></tr><tr><td><a id="property-rows"></a> <code>rows</code></td><td><a href="./../type-aliases/SqlRow"><code>SqlRow</code></a>[]</td><td>The rows it returned, keyed by column name: a SELECT&#39;s, or a RETURNING clause&#39;s; <code>[]</code> otherwise.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/SqlBatchResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SqlBatchResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SqlBatchResult as default
};
