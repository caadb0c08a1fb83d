import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BetterSqlite3RunResultLike","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/BetterSqlite3RunResultLike.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/BetterSqlite3RunResultLike.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/BetterSqlite3RunResultLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / BetterSqlite3RunResultLike</p><h1 id="interface-bettersqlite3runresultlike" tabindex="-1">Interface: BetterSqlite3RunResultLike <a class="header-anchor" href="#interface-bettersqlite3runresultlike" aria-label="Permalink to &quot;Interface: BetterSqlite3RunResultLike&quot;">​</a></h1><p>The part of what a better-sqlite3 statement&#39;s <code>run</code> returns that the adapter reads.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-changes"></a> <code>changes</code></td><td><code>number</code></td><td>How many rows the statement inserted, updated or deleted.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/BetterSqlite3RunResultLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BetterSqlite3RunResultLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BetterSqlite3RunResultLike as default
};
