import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Settled","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/Settled.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/Settled.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/Settled.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / Settled</p><h1 id="interface-settled" tabindex="-1">Interface: Settled <a class="header-anchor" href="#interface-settled" aria-label="Permalink to &quot;Interface: Settled&quot;">​</a></h1><p>What <a href="./EscrowStore#settle">EscrowStore.settle</a> did.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-done"></a> <code>done</code></td><td><code>string</code>[]</td><td>Keys of <code>done</code> marked done. A key missing here lost its claim (another request took it over).</td></tr><tr><td><a id="property-released"></a> <code>released</code></td><td><code>string</code>[]</td><td>Keys of <code>released</code> put back to pending; a key missing here lost its claim likewise.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/Settled.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Settled = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Settled as default
};
