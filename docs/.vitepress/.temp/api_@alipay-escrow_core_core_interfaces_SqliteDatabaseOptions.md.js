import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SqliteDatabaseOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/core/interfaces/SqliteDatabaseOptions.md","filePath":"api/@alipay-escrow/core/core/interfaces/SqliteDatabaseOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/core/interfaces/SqliteDatabaseOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / SqliteDatabaseOptions</p><h1 id="interface-sqlitedatabaseoptions" tabindex="-1">Interface: SqliteDatabaseOptions <a class="header-anchor" href="#interface-sqlitedatabaseoptions" aria-label="Permalink to &quot;Interface: SqliteDatabaseOptions&quot;">​</a></h1><p>Options of <a href="./../functions/sqliteDatabase">sqliteDatabase</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-groupcommit"></a> <code>groupCommit?</code></td><td><code>boolean</code></td><td>Commit the batches of concurrent requests together (default false): every <code>batch()</code> (and every <code>all()</code> that writes) made while a group is waiting joins it, and in the next macrotask (a <code>MessageChannel</code> message) the group runs as ONE <code>BEGIN IMMEDIATE</code> … <code>COMMIT</code>, each call in its own SAVEPOINT — one disk sync for the whole group instead of one per call. Each call still resolves only once the COMMIT has returned, with the results it would have had alone; a call that throws is undone alone; a failed COMMIT rejects every call of the group and applies none. Plain SELECTs run at once. Worth it on a file database under concurrent notifications (see docs/guide/performance.md); a lone write gains nothing and waits one macrotask longer (a message, not a timer: fake timers do not hold it back).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/core/interfaces/SqliteDatabaseOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SqliteDatabaseOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SqliteDatabaseOptions as default
};
