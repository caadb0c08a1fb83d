import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OrderCursor","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/OrderCursor.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/OrderCursor.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/OrderCursor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / OrderCursor</p><h1 id="interface-ordercursor" tabindex="-1">Interface: OrderCursor <a class="header-anchor" href="#interface-ordercursor" aria-label="Permalink to &quot;Interface: OrderCursor&quot;">​</a></h1><p>Where a page of <a href="./EscrowStore#listorders">EscrowStore.listOrders</a> ends: the last order of the previous page.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>That order&#39;s <code>outTradeNo</code>: breaks ties between orders updated at the same time.</td></tr><tr><td><a id="property-updatedat"></a> <code>updatedAt</code></td><td><code>string</code></td><td>That order&#39;s <code>updatedAt</code> (ISO 8601).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/OrderCursor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OrderCursor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OrderCursor as default
};
