import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BunSqliteDatabaseOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/BunSqliteDatabaseOptions.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/BunSqliteDatabaseOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/BunSqliteDatabaseOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / BunSqliteDatabaseOptions</p><h1 id="interface-bunsqlitedatabaseoptions" tabindex="-1">Interface: BunSqliteDatabaseOptions <a class="header-anchor" href="#interface-bunsqlitedatabaseoptions" aria-label="Permalink to &quot;Interface: BunSqliteDatabaseOptions&quot;">​</a></h1><p>Options of <a href="./../functions/bunSqliteDatabase">bunSqliteDatabase</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-groupcommit"></a> <code>groupCommit?</code></td><td><code>boolean</code></td><td>Commit the batches of concurrent requests together (default false), exactly as <code>sqliteDatabase(db, { groupCommit: true })</code> does for better-sqlite3: one <code>BEGIN IMMEDIATE</code> … <code>COMMIT</code> (one disk sync) per group of calls made while a group waits, each call in its own SAVEPOINT, resolved only after the COMMIT with its own results; see docs/guide/performance.md.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/BunSqliteDatabaseOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BunSqliteDatabaseOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BunSqliteDatabaseOptions as default
};
