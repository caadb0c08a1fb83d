import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EffectSettlement","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/EffectSettlement.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/EffectSettlement.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/EffectSettlement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / EffectSettlement</p><h1 id="interface-effectsettlement" tabindex="-1">Interface: EffectSettlement <a class="header-anchor" href="#interface-effectsettlement" aria-label="Permalink to &quot;Interface: EffectSettlement&quot;">​</a></h1><p>An effect whose hook ran, named by the claim that ran it.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./EffectRelease"><code>EffectRelease</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-attempt"></a> <code>attempt</code></td><td><code>number</code></td><td>The <code>attempts</code> its claim returned: the settlement applies only while that claim still holds.</td></tr><tr><td><a id="property-key"></a> <code>key</code></td><td><code>string</code></td><td>The effect&#39;s key.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/EffectSettlement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EffectSettlement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EffectSettlement as default
};
