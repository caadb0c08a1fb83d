import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PrunedLog","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/PrunedLog.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/PrunedLog.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/PrunedLog.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / PrunedLog</p><h1 id="interface-prunedlog" tabindex="-1">Interface: PrunedLog <a class="header-anchor" href="#interface-prunedlog" aria-label="Permalink to &quot;Interface: PrunedLog&quot;">​</a></h1><p>What <a href="./../../core/interfaces/Escrow#prunelog">Escrow.pruneLog</a> resolves to.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-deleted"></a> <code>deleted</code></td><td><code>number</code></td><td>How many entries were deleted.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/PrunedLog.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PrunedLog = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PrunedLog as default
};
