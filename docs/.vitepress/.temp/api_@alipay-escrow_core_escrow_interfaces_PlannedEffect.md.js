import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlannedEffect","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/escrow/interfaces/PlannedEffect.md","filePath":"api/@alipay-escrow/core/escrow/interfaces/PlannedEffect.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/escrow/interfaces/PlannedEffect.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">escrow</a> / PlannedEffect</p><h1 id="interface-plannedeffect" tabindex="-1">Interface: PlannedEffect <a class="header-anchor" href="#interface-plannedeffect" aria-label="Permalink to &quot;Interface: PlannedEffect&quot;">​</a></h1><p>A milestone to announce to the merchant, committed with the transition that caused it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-detail"></a> <code>detail?</code></td><td><code>string</code></td><td>For <code>refund</code>: the refund status reached; for <code>transition</code>: <code>from→to</code>.</td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><a href="./../type-aliases/EffectKind"><code>EffectKind</code></a></td><td>Which hook runs for it: a milestone (<code>paid</code> → onPaid, ...), <code>refund</code> (onRefund) or <code>transition</code> (onTransition).</td></tr><tr><td><a id="property-slot"></a> <code>slot</code></td><td><code>string</code></td><td>Unique per order: the idempotency key is <code>\${outTradeNo}:\${slot}</code> (e.g. &#39;paid&#39;, &#39;refund:2:REFUND_SUCCESS&#39;, &#39;transition:WAIT_SELLER_SEND_GOODS/none/0&#39;).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/escrow/interfaces/PlannedEffect.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlannedEffect = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlannedEffect as default
};
