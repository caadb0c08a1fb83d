import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedOrderListFilter","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedOrderListFilter.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedOrderListFilter.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/CheckedOrderListFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedOrderListFilter</p><h1 id="interface-checkedorderlistfilter" tabindex="-1">Interface: CheckedOrderListFilter <a class="header-anchor" href="#interface-checkedorderlistfilter" aria-label="Permalink to &quot;Interface: CheckedOrderListFilter&quot;">​</a></h1><p>A listOrders filter once checked: times canonical, phases known and without repeats.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-after"></a> <code>after</code></td><td><a href="./OrderCursor"><code>OrderCursor</code></a> | <code>undefined</code></td><td>The cursor (its time canonical): only orders after it in (updatedAt, outTradeNo) order.</td></tr><tr><td><a id="property-limit"></a> <code>limit</code></td><td><code>number</code></td><td>1 to <a href="./../variables/MAX_ORDER_PAGE">MAX_ORDER_PAGE</a>.</td></tr><tr><td><a id="property-phases"></a> <code>phases</code></td><td><a href="./../../core/type-aliases/OrderPhase"><code>OrderPhase</code></a>[] | <code>undefined</code></td><td>Only these phases; undefined: every one; empty: none.</td></tr><tr><td><a id="property-updatedbefore"></a> <code>updatedBefore</code></td><td><code>string</code> | <code>undefined</code></td><td>Updated strictly before (canonical ISO text).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/CheckedOrderListFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedOrderListFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedOrderListFilter as default
};
