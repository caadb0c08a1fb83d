import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EffectEvent","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/core/interfaces/EffectEvent.md","filePath":"api/@alipay-escrow/core/core/interfaces/EffectEvent.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/core/interfaces/EffectEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / EffectEvent</p><h1 id="interface-effectevent" tabindex="-1">Interface: EffectEvent <a class="header-anchor" href="#interface-effectevent" aria-label="Permalink to &quot;Interface: EffectEvent&quot;">​</a></h1><p>What a merchant hook is called with: one milestone of one order, exactly once when it succeeds.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-attempt"></a> <code>attempt</code></td><td><code>number</code></td><td>How many times the effect was claimed to run, this time included: 1 on the first call; more after a throw, an expired lease, or a delivery where an earlier effect&#39;s hook threw first.</td></tr><tr><td><a id="property-detail"></a> <code>detail</code></td><td><code>string</code> | <code>null</code></td><td>For <code>refund</code>: the refund status reached; for <code>transition</code>: <code>from→to</code>.</td></tr><tr><td><a id="property-idempotencykey"></a> <code>idempotencyKey</code></td><td><code>string</code></td><td><code>\${outTradeNo}:\${slot}</code>: the same key for every attempt of this effect. Deduplicate on it.</td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><a href="./../../escrow/type-aliases/EffectKind"><code>EffectKind</code></a></td><td>Which hook this is for: <code>paid</code>, <code>shipped</code>, <code>finished</code>, <code>closed</code>, <code>refund</code> or <code>transition</code>.</td></tr><tr><td><a id="property-order"></a> <code>order</code></td><td><a href="./../../store-kit/interfaces/OrderRecord"><code>OrderRecord</code></a></td><td>The order as committed (its current state when the effect runs).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/core/interfaces/EffectEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EffectEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EffectEvent as default
};
