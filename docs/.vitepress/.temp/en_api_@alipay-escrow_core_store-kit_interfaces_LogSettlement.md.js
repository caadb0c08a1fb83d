import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LogSettlement","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/LogSettlement.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/LogSettlement.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/LogSettlement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / LogSettlement</p><h1 id="interface-logsettlement" tabindex="-1">Interface: LogSettlement <a class="header-anchor" href="#interface-logsettlement" aria-label="Permalink to &quot;Interface: LogSettlement&quot;">​</a></h1><p>The outcome written to a log entry by <a href="./EscrowStore#settle">EscrowStore.settle</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-id"></a> <code>id</code></td><td><code>string</code></td><td>The entry&#39;s id.</td></tr><tr><td><a id="property-update"></a> <code>update</code></td><td><a href="./../type-aliases/LogUpdate"><code>LogUpdate</code></a></td><td>The fields to change (absent ones are left as they are).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/LogSettlement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogSettlement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogSettlement as default
};
