import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedPruneFilter","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedPruneFilter.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedPruneFilter.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/CheckedPruneFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedPruneFilter</p><h1 id="interface-checkedprunefilter" tabindex="-1">Interface: CheckedPruneFilter <a class="header-anchor" href="#interface-checkedprunefilter" aria-label="Permalink to &quot;Interface: CheckedPruneFilter&quot;">​</a></h1><p>A pruneLog filter once checked by <a href="./../functions/checkPruneFilter">checkPruneFilter</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-before"></a> <code>before</code></td><td><code>string</code></td><td>The cut-off as canonical ISO text (<code>toISOString()</code>), so text comparison orders by time.</td></tr><tr><td><a id="property-verdicts"></a> <code>verdicts</code></td><td><a href="./../type-aliases/LogVerdict"><code>LogVerdict</code></a>[] | <code>undefined</code></td><td>Known verdicts without repeats; undefined: every verdict.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/CheckedPruneFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedPruneFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedPruneFilter as default
};
