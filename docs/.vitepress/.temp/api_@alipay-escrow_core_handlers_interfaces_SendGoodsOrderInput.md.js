import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SendGoodsOrderInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/SendGoodsOrderInput.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/SendGoodsOrderInput.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/SendGoodsOrderInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / SendGoodsOrderInput</p><h1 id="interface-sendgoodsorderinput" tabindex="-1">Interface: SendGoodsOrderInput <a class="header-anchor" href="#interface-sendgoodsorderinput" aria-label="Permalink to &quot;Interface: SendGoodsOrderInput&quot;">​</a></h1><p>The shipment for <a href="./../../core/interfaces/Escrow#sendgoods">Escrow.sendGoods</a>. Alipay&#39;s trade number comes from the order, and the buyer&#39;s chosen logistics type is sent as <code>create_transport_type</code> when the order knows it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-invoiceno"></a> <code>invoiceNo?</code></td><td><code>string</code></td><td>Waybill number (<code>invoice_no</code>), 1–32 characters; leave it out for <code>DIRECT</code>.</td></tr><tr><td><a id="property-logisticsname"></a> <code>logisticsName</code></td><td><code>string</code></td><td>Carrier name (<code>logistics_name</code>), 1–64 characters.</td></tr><tr><td><a id="property-transporttype"></a> <code>transportType</code></td><td><a href="./../../gateway/type-aliases/TransportType"><code>TransportType</code></a></td><td>How the goods were shipped (<code>transport_type</code>): <code>POST</code>, <code>EXPRESS</code>, <code>EMS</code> or <code>DIRECT</code> (no shipping).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/SendGoodsOrderInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SendGoodsOrderInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SendGoodsOrderInput as default
};
