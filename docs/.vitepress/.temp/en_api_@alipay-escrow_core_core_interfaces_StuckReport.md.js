import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StuckReport","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/StuckReport.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/StuckReport.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/StuckReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / StuckReport</p><h1 id="interface-stuckreport" tabindex="-1">Interface: StuckReport <a class="header-anchor" href="#interface-stuckreport" aria-label="Permalink to &quot;Interface: StuckReport&quot;">​</a></h1><p>What <code>onStuck</code> is told: one order, one reason, once per order version.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>string</code> | <code>null</code></td><td>Why the gateway did not settle it, when it answered with a code (e.g. TRADE_NOT_EXIST for an order the buyer never took to Alipay), or the anomaly&#39;s code; else null.</td></tr><tr><td><a id="property-detail"></a> <code>detail</code></td><td><code>string</code></td><td>One sentence for a person: what is stuck and what to do.</td></tr><tr><td><a id="property-idempotencykey"></a> <code>idempotencyKey</code></td><td><code>string</code></td><td><code>\${outTradeNo}:\${reason}:\${version}</code>: the same for every report of this state.</td></tr><tr><td><a id="property-logid"></a> <code>logId</code></td><td><code>string</code> | <code>null</code></td><td>For <code>anomaly_unresolved</code>: the log entry to <code>replay</code> once the cause is fixed; else null.</td></tr><tr><td><a id="property-order"></a> <code>order</code></td><td><a href="./../../store-kit/interfaces/OrderRecord"><code>OrderRecord</code></a> | <code>null</code></td><td>The order as stored after any reconcile; null for an anomaly about an order not in the store.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order&#39;s <code>out_trade_no</code>.</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><a href="./../../handlers/type-aliases/StuckReason"><code>StuckReason</code></a></td><td>Why the order needs attention.</td></tr><tr><td><a id="property-since"></a> <code>since</code></td><td><code>string</code></td><td>Since when the order is in this state (its <code>updatedAt</code>, or the anomaly&#39;s receivedAt), ISO 8601.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/StuckReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StuckReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StuckReport as default
};
