import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InspectedTrade","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedTrade.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedTrade.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedTrade.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / InspectedTrade</p><h1 id="interface-inspectedtrade" tabindex="-1">Interface: InspectedTrade <a class="header-anchor" href="#interface-inspectedtrade" aria-label="Permalink to &quot;Interface: InspectedTrade&quot;">​</a></h1><p>The inspection API&#39;s view of a trade (<code>GET /sandbox/api/trades/:id/notifications</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-issuedids"></a> <code>issuedIds</code></td><td><a href="./InspectedId"><code>InspectedId</code></a>[]</td><td>The return and triggered notify_ids issued for the trade, oldest first.</td></tr><tr><td><a id="property-notifications"></a> <code>notifications</code></td><td><a href="./InspectedNotification"><code>InspectedNotification</code></a>[]</td><td>Every notification of the trade, oldest first.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The merchant&#39;s order number (<code>out_trade_no</code>).</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus</code></td><td><code>string</code> | <code>null</code></td><td>The current <code>refund_status</code>; null while no refund was applied for.</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code></td><td>The sandbox&#39;s trade number (<code>trade_no</code>).</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td><code>string</code></td><td>The current <code>trade_status</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedTrade.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InspectedTrade = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InspectedTrade as default
};
