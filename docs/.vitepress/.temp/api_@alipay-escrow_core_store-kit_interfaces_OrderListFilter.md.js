import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OrderListFilter","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/OrderListFilter.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/OrderListFilter.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/OrderListFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / OrderListFilter</p><h1 id="interface-orderlistfilter" tabindex="-1">Interface: OrderListFilter <a class="header-anchor" href="#interface-orderlistfilter" aria-label="Permalink to &quot;Interface: OrderListFilter&quot;">​</a></h1><p>Which orders <a href="./EscrowStore#listorders">EscrowStore.listOrders</a> returns, oldest <code>updatedAt</code> first.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-after"></a> <code>after?</code></td><td><a href="./OrderCursor"><code>OrderCursor</code></a></td><td>The page cursor: only orders after this one in (updatedAt, outTradeNo) order — pass the last order of the previous page.</td></tr><tr><td><a id="property-limit"></a> <code>limit</code></td><td><code>number</code></td><td>At most this many orders (1 to 1000; CONFIG_INVALID otherwise).</td></tr><tr><td><a id="property-phases"></a> <code>phases?</code></td><td><a href="./../../core/type-aliases/OrderPhase"><code>OrderPhase</code></a>[]</td><td>Only orders in one of these phases (an empty list returns nothing). Default: every phase.</td></tr><tr><td><a id="property-updatedbefore"></a> <code>updatedBefore?</code></td><td><code>string</code></td><td>Only orders last updated strictly before this time (ISO 8601).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/OrderListFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OrderListFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OrderListFilter as default
};
