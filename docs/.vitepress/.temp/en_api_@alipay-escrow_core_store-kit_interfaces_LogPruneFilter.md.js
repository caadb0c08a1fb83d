import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LogPruneFilter","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/LogPruneFilter.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/LogPruneFilter.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/LogPruneFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / LogPruneFilter</p><h1 id="interface-logprunefilter" tabindex="-1">Interface: LogPruneFilter <a class="header-anchor" href="#interface-logprunefilter" aria-label="Permalink to &quot;Interface: LogPruneFilter&quot;">​</a></h1><p>Which entries <a href="./EscrowStore#prunelog">EscrowStore.pruneLog</a> deletes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-before"></a> <code>before</code></td><td><code>string</code></td><td>Entries received strictly before this time (ISO 8601; CONFIG_INVALID when not a date-time).</td></tr><tr><td><a id="property-verdicts"></a> <code>verdicts?</code></td><td><a href="./../type-aliases/LogVerdict"><code>LogVerdict</code></a>[]</td><td>Only entries with one of these verdicts; default: every verdict. An empty list deletes nothing.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/LogPruneFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogPruneFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogPruneFilter as default
};
