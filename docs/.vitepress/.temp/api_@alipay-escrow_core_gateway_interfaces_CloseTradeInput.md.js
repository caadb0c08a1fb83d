import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CloseTradeInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/gateway/interfaces/CloseTradeInput.md","filePath":"api/@alipay-escrow/core/gateway/interfaces/CloseTradeInput.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/gateway/interfaces/CloseTradeInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">gateway</a> / CloseTradeInput</p><h1 id="interface-closetradeinput" tabindex="-1">Interface: CloseTradeInput <a class="header-anchor" href="#interface-closetradeinput" aria-label="Permalink to &quot;Interface: CloseTradeInput&quot;">​</a></h1><p>Give <code>tradeNo</code> or <code>outOrderNo</code> (your order number; close_trade names it <code>out_order_no</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-outorderno"></a> <code>outOrderNo?</code></td><td><code>string</code></td><td>Your order number (<code>out_order_no</code>, the same value as <code>out_trade_no</code>), 1–64 characters.</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo?</code></td><td><code>string</code></td><td>Alipay&#39;s trade number (<code>trade_no</code>), 16–64 characters.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/gateway/interfaces/CloseTradeInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CloseTradeInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CloseTradeInput as default
};
