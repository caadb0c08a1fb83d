import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Committed","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/Committed.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/Committed.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/Committed.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / Committed</p><h1 id="interface-committed" tabindex="-1">Interface: Committed <a class="header-anchor" href="#interface-committed" aria-label="Permalink to &quot;Interface: Committed&quot;">​</a></h1><p>What <a href="./EscrowStore#commit">EscrowStore.commit</a> did.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-claimed"></a> <code>claimed</code></td><td><a href="./EffectRecord"><code>EffectRecord</code></a>[]</td><td>The effects this call claimed (status running, attempts + 1, this lease), in creation order; <code>[]</code> without <code>claim</code> or when nothing was committed.</td></tr><tr><td><a id="property-committed"></a> <code>committed</code></td><td><code>boolean</code></td><td>False: the stored version was not <code>expectedVersion</code> (someone else won); nothing was written.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/Committed.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Committed = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Committed as default
};
