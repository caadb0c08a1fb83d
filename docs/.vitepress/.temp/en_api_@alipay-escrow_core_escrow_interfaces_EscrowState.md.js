import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EscrowState","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/escrow/interfaces/EscrowState.md","filePath":"en/api/@alipay-escrow/core/escrow/interfaces/EscrowState.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/escrow/interfaces/EscrowState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">escrow</a> / EscrowState</p><h1 id="interface-escrowstate" tabindex="-1">Interface: EscrowState <a class="header-anchor" href="#interface-escrowstate" aria-label="Permalink to &quot;Interface: EscrowState&quot;">​</a></h1><p>The status part of an order: what the state machine reads and writes.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-noticetime"></a> <code>noticeTime</code></td><td><code>string</code> | <code>null</code></td><td>The notify_time of the latest notice applied (or restating the whole current state) that had one (&#39;yyyy-MM-dd HH:mm:ss&#39;, Beijing time); null when none had. A notice older than this cannot move the refund (notice-time.ts).</td></tr><tr><td><a id="property-refundcycle"></a> <code>refundCycle</code></td><td><code>number</code></td><td>How many times a refund was (re-)applied for: WAIT_SELLER_AGREE after SELLER_REFUSE_BUYER counts again.</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus</code></td><td>| <code>&quot;WAIT_SELLER_AGREE&quot;</code> | <code>&quot;SELLER_REFUSE_BUYER&quot;</code> | <code>&quot;WAIT_BUYER_RETURN_GOODS&quot;</code> | <code>&quot;WAIT_SELLER_CONFIRM_GOODS&quot;</code> | <code>&quot;REFUND_SUCCESS&quot;</code> | <code>&quot;REFUND_CLOSED&quot;</code> | <code>null</code></td><td>null while no refund was ever opened.</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td>| <code>&quot;WAIT_BUYER_PAY&quot;</code> | <code>&quot;WAIT_SELLER_SEND_GOODS&quot;</code> | <code>&quot;WAIT_BUYER_CONFIRM_GOODS&quot;</code> | <code>&quot;TRADE_FINISHED&quot;</code> | <code>&quot;TRADE_CLOSED&quot;</code> | <code>null</code></td><td>null until Alipay has said anything about the trade.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/escrow/interfaces/EscrowState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EscrowState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EscrowState as default
};
