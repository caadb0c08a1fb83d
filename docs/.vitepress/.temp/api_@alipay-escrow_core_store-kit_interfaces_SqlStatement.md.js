import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SqlStatement","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/SqlStatement.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/SqlStatement.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/SqlStatement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / SqlStatement</p><h1 id="interface-sqlstatement" tabindex="-1">Interface: SqlStatement <a class="header-anchor" href="#interface-sqlstatement" aria-label="Permalink to &quot;Interface: SqlStatement&quot;">​</a></h1><p>One statement with <code>?</code> placeholders and its parameters, in order.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-params"></a> <code>params</code></td><td>readonly <a href="./../type-aliases/SqlValue"><code>SqlValue</code></a>[]</td><td>The values for the placeholders, in order.</td></tr><tr><td><a id="property-sql"></a> <code>sql</code></td><td><code>string</code></td><td>The SQL text, with <code>?</code> placeholders.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/SqlStatement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SqlStatement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SqlStatement as default
};
