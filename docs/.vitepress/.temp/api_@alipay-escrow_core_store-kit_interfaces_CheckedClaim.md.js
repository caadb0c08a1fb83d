import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedClaim","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedClaim.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedClaim.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/CheckedClaim.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedClaim</p><h1 id="interface-checkedclaim" tabindex="-1">Interface: CheckedClaim <a class="header-anchor" href="#interface-checkedclaim" aria-label="Permalink to &quot;Interface: CheckedClaim&quot;">​</a></h1><p>A claim once checked by <a href="./../functions/checkEffectClaim">checkEffectClaim</a>: both times as canonical ISO text.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-leaseuntil"></a> <code>leaseUntil</code></td><td><code>string</code></td><td>When the lease ends (<code>toISOString()</code> form).</td></tr><tr><td><a id="property-now"></a> <code>now</code></td><td><code>string</code></td><td>The claim time (<code>toISOString()</code> form).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/CheckedClaim.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedClaim = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedClaim as default
};
