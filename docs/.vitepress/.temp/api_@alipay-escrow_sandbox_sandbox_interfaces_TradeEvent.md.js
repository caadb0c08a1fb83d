import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TradeEvent","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/TradeEvent.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/TradeEvent.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/TradeEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / TradeEvent</p><h1 id="interface-tradeevent" tabindex="-1">Interface: TradeEvent <a class="header-anchor" href="#interface-tradeevent" aria-label="Permalink to &quot;Interface: TradeEvent&quot;">​</a></h1><p>A trade was created or changed (its statuses after the change).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-action"></a> <code>action</code></td><td><a href="./../type-aliases/TradeEventAction"><code>TradeEventAction</code></a></td><td>What changed it.</td></tr><tr><td><a id="property-at"></a> <code>at</code></td><td><code>number</code></td><td>When (epoch ms, sandbox clock).</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The merchant&#39;s order number.</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus</code></td><td>| <code>&quot;WAIT_SELLER_AGREE&quot;</code> | <code>&quot;SELLER_REFUSE_BUYER&quot;</code> | <code>&quot;WAIT_BUYER_RETURN_GOODS&quot;</code> | <code>&quot;WAIT_SELLER_CONFIRM_GOODS&quot;</code> | <code>&quot;REFUND_SUCCESS&quot;</code> | <code>&quot;REFUND_CLOSED&quot;</code> | <code>null</code></td><td><code>refund_status</code> after the change; null without a refund.</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code></td><td>The sandbox&#39;s trade number.</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td>| <code>&quot;WAIT_BUYER_PAY&quot;</code> | <code>&quot;WAIT_SELLER_SEND_GOODS&quot;</code> | <code>&quot;WAIT_BUYER_CONFIRM_GOODS&quot;</code> | <code>&quot;TRADE_FINISHED&quot;</code> | <code>&quot;TRADE_CLOSED&quot;</code></td><td><code>trade_status</code> after the change.</td></tr><tr><td><a id="property-type"></a> <code>type</code></td><td><code>&quot;trade&quot;</code></td><td>Always <code>&#39;trade&#39;</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/TradeEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TradeEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TradeEvent as default
};
