import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SqlStoreOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/SqlStoreOptions.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/SqlStoreOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/SqlStoreOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / SqlStoreOptions</p><h1 id="interface-sqlstoreoptions" tabindex="-1">Interface: SqlStoreOptions <a class="header-anchor" href="#interface-sqlstoreoptions" aria-label="Permalink to &quot;Interface: SqlStoreOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createSqlStore">createSqlStore</a>. A bad <code>tablePrefix</code> throws CONFIG_INVALID.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-tableprefix"></a> <code>tablePrefix?</code></td><td><code>string</code></td><td>Prepended to every table and index name (default &#39;alipay_escrow_&#39;): letters, digits, underscores.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/SqlStoreOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SqlStoreOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SqlStoreOptions as default
};
