import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TradeJson","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/TradeJson.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/TradeJson.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/TradeJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / TradeJson</p><h1 id="interface-tradejson" tabindex="-1">Interface: TradeJson <a class="header-anchor" href="#interface-tradejson" aria-label="Permalink to &quot;Interface: TradeJson&quot;">​</a></h1><p>A trade as the test API answers it (<code>GET /sandbox/api/trades</code>, <code>GET /sandbox/api/trades/:id</code>, and after an action).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-notifications"></a> <code>notifications</code></td><td><a href="./NotificationJson"><code>NotificationJson</code></a>[]</td><td>The trade&#39;s notifications, oldest first.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The merchant&#39;s order number (<code>out_trade_no</code>).</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus</code></td><td><code>string</code> | <code>null</code></td><td>The current <code>refund_status</code>; null while no refund was applied for.</td></tr><tr><td><a id="property-totalfee"></a> <code>totalFee</code></td><td><code>string</code></td><td>2-decimal yuan, with the chosen logistics option.</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code></td><td>The sandbox&#39;s trade number (<code>trade_no</code>).</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td><code>string</code></td><td>The current <code>trade_status</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/TradeJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TradeJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TradeJson as default
};
