import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EffectRelease","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/EffectRelease.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/EffectRelease.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/EffectRelease.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / EffectRelease</p><h1 id="interface-effectrelease" tabindex="-1">Interface: EffectRelease <a class="header-anchor" href="#interface-effectrelease" aria-label="Permalink to &quot;Interface: EffectRelease&quot;">​</a></h1><p>A claimed effect put back to pending by <a href="./EscrowStore#settle">EscrowStore.settle</a>.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./EffectSettlement"><code>EffectSettlement</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th><th>Inherited from</th></tr></thead><tbody><tr><td><a id="property-attempt"></a> <code>attempt</code></td><td><code>number</code></td><td>The <code>attempts</code> its claim returned: the settlement applies only while that claim still holds.</td><td><a href="./EffectSettlement"><code>EffectSettlement</code></a>.<a href="./EffectSettlement#property-attempt"><code>attempt</code></a></td></tr><tr><td><a id="property-error"></a> <code>error</code></td><td><code>string</code> | <code>null</code></td><td>The hook&#39;s error (secrets removed), which becomes the effect&#39;s lastError; null keeps the one it has (the hook did not run).</td><td>-</td></tr><tr><td><a id="property-key"></a> <code>key</code></td><td><code>string</code></td><td>The effect&#39;s key.</td><td><a href="./EffectSettlement"><code>EffectSettlement</code></a>.<a href="./EffectSettlement#property-key"><code>key</code></a></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/EffectRelease.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EffectRelease = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EffectRelease as default
};
