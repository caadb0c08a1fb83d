import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EffectClaim","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/EffectClaim.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/EffectClaim.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/EffectClaim.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / EffectClaim</p><h1 id="interface-effectclaim" tabindex="-1">Interface: EffectClaim <a class="header-anchor" href="#interface-effectclaim" aria-label="Permalink to &quot;Interface: EffectClaim&quot;">​</a></h1><p>A lease taken on effects: the claim time and when the lease ends (both ISO 8601).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-leaseuntil"></a> <code>leaseUntil</code></td><td><code>string</code></td><td>When this claim&#39;s lease ends.</td></tr><tr><td><a id="property-now"></a> <code>now</code></td><td><code>string</code></td><td>The claim time: an effect running on a lease that ended before it is claimable again.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/EffectClaim.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EffectClaim = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EffectClaim as default
};
