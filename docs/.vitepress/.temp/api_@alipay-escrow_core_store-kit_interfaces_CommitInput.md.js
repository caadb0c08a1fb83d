import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CommitInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/CommitInput.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/CommitInput.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/CommitInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CommitInput</p><h1 id="interface-commitinput" tabindex="-1">Interface: CommitInput <a class="header-anchor" href="#interface-commitinput" aria-label="Permalink to &quot;Interface: CommitInput&quot;">​</a></h1><p>The compare-and-set commit of <a href="./EscrowStore#commit">EscrowStore.commit</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-claim"></a> <code>claim?</code></td><td><a href="./EffectClaim"><code>EffectClaim</code></a></td><td>When given, the same atomic step claims for the caller every claimable effect of the order after the commit — the new pending ones and older ones that are pending or whose lease ended — as <a href="./EscrowStore#claimeffects">EscrowStore.claimEffects</a> would. Nothing is claimed when the commit does not happen.</td></tr><tr><td><a id="property-effects"></a> <code>effects</code></td><td><a href="./EffectRecord"><code>EffectRecord</code></a>[]</td><td>New effects (status <code>pending</code>, or <code>done</code> for a milestone without a hook), inserted with the commit.</td></tr><tr><td><a id="property-expectedversion"></a> <code>expectedVersion</code></td><td><code>number</code></td><td>The version the caller read; the commit happens only if the stored version still equals it.</td></tr><tr><td><a id="property-next"></a> <code>next</code></td><td><a href="./OrderRecord"><code>OrderRecord</code></a></td><td>The new state; its version must be <code>expectedVersion + 1</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/CommitInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CommitInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CommitInput as default
};
