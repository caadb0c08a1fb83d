import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Received","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/Received.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/Received.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/Received.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / Received</p><h1 id="interface-received" tabindex="-1">Interface: Received <a class="header-anchor" href="#interface-received" aria-label="Permalink to &quot;Interface: Received&quot;">​</a></h1><p>What <a href="./EscrowStore#receive">EscrowStore.receive</a> read.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-binding"></a> <code>binding?</code></td><td><code>Pick</code>&lt;<a href="./NotifyIdBinding"><code>NotifyIdBinding</code></a>, <code>&quot;outTradeNo&quot;</code> | <code>&quot;tradeNo&quot;</code>&gt;</td><td>The binding that holds for <code>input.binding.notifyId</code> after the step (the given one, or the one made first); undefined when no binding was given.</td></tr><tr><td><a id="property-effects"></a> <code>effects</code></td><td><a href="./EffectRecord"><code>EffectRecord</code></a>[]</td><td>Every effect of that order in creation order (done ones included), or <code>[]</code>.</td></tr><tr><td><a id="property-order"></a> <code>order</code></td><td><a href="./OrderRecord"><code>OrderRecord</code></a> | <code>undefined</code></td><td>The order (a copy), or undefined when there is none (or no outTradeNo was given).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/Received.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Received = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Received as default
};
