import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PruneLogOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/PruneLogOptions.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/PruneLogOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/PruneLogOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / PruneLogOptions</p><h1 id="interface-prunelogoptions" tabindex="-1">Interface: PruneLogOptions <a class="header-anchor" href="#interface-prunelogoptions" aria-label="Permalink to &quot;Interface: PruneLogOptions&quot;">​</a></h1><p>Which log entries <a href="./../../core/interfaces/Escrow#prunelog">Escrow.pruneLog</a> deletes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-olderthan"></a> <code>olderThan</code></td><td><code>string</code> | <code>Date</code></td><td>Entries received strictly before this time (a Date, or ISO 8601 text).</td></tr><tr><td><a id="property-verdicts"></a> <code>verdicts?</code></td><td><a href="./../../store-kit/type-aliases/LogVerdict"><code>LogVerdict</code></a>[]</td><td>Only entries with one of these verdicts (e.g. <code>[&#39;rejected&#39;]</code>); default: every verdict.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/PruneLogOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PruneLogOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PruneLogOptions as default
};
