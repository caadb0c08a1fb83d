import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ShippingRecord","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/ShippingRecord.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/ShippingRecord.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/ShippingRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / ShippingRecord</p><h1 id="interface-shippingrecord" tabindex="-1">Interface: ShippingRecord <a class="header-anchor" href="#interface-shippingrecord" aria-label="Permalink to &quot;Interface: ShippingRecord&quot;">​</a></h1><p>What the seller entered when shipping (send_goods_confirm_by_platform).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-createtransporttype"></a> <code>createTransportType?</code></td><td><code>string</code></td><td><code>create_transport_type</code>: the transport type chosen at creation, when given.</td></tr><tr><td><a id="property-invoiceno"></a> <code>invoiceNo?</code></td><td><code>string</code></td><td><code>invoice_no</code>: the waybill number, when given.</td></tr><tr><td><a id="property-logisticsname"></a> <code>logisticsName</code></td><td><code>string</code></td><td><code>logistics_name</code>: the carrier, 1–64 characters.</td></tr><tr><td><a id="property-transporttype"></a> <code>transportType?</code></td><td><code>string</code></td><td><code>transport_type</code>: how the goods were shipped (POST, EXPRESS, EMS, DIRECT), when given.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/ShippingRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ShippingRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ShippingRecord as default
};
