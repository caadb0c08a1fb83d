import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PayableAmount","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/PayableAmount.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/PayableAmount.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/PayableAmount.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / PayableAmount</p><h1 id="interface-payableamount" tabindex="-1">Interface: PayableAmount <a class="header-anchor" href="#interface-payableamount" aria-label="Permalink to &quot;Interface: PayableAmount&quot;">​</a></h1><p>The buyer&#39;s payable total for one logistics option.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-cents"></a> <code>cents</code></td><td><code>number</code></td><td>Integer fen (cents).</td></tr><tr><td><a id="property-yuan"></a> <code>yuan</code></td><td><code>string</code></td><td>The same, as a 2-decimal yuan string (&quot;338.00&quot;).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/PayableAmount.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PayableAmount = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PayableAmount as default
};
