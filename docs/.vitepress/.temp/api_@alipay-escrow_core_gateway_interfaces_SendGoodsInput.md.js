import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SendGoodsInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/gateway/interfaces/SendGoodsInput.md","filePath":"api/@alipay-escrow/core/gateway/interfaces/SendGoodsInput.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/gateway/interfaces/SendGoodsInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">gateway</a> / SendGoodsInput</p><h1 id="interface-sendgoodsinput" tabindex="-1">Interface: SendGoodsInput <a class="header-anchor" href="#interface-sendgoodsinput" aria-label="Permalink to &quot;Interface: SendGoodsInput&quot;">​</a></h1><p>Input of <a href="./../../core/interfaces/GatewayClient#sendgoods">GatewayClient.sendGoods</a> (<code>send_goods_confirm_by_platform</code>). Checked before anything is sent: a missing or out-of-range text throws ILLEGAL_ARGUMENT (FIELD_TOO_LONG when too long), a bad transport type or <code>sellerIp</code> ILLEGAL_ARGUMENT, neither transport type TRANSPORT_TYPE_MISSING.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-createtransporttype"></a> <code>createTransportType?</code></td><td><a href="./../type-aliases/TransportType"><code>TransportType</code></a></td><td>The transport type chosen when the trade was created.</td></tr><tr><td><a id="property-invoiceno"></a> <code>invoiceNo?</code></td><td><code>string</code></td><td>Waybill number (<code>invoice_no</code>), 1–32 characters.</td></tr><tr><td><a id="property-logisticsname"></a> <code>logisticsName</code></td><td><code>string</code></td><td>Carrier name (<code>logistics_name</code>), 1–64 characters.</td></tr><tr><td><a id="property-sellerip"></a> <code>sellerIp?</code></td><td><code>string</code></td><td>The seller&#39;s own public IPv4 address (<code>seller_ip</code>).</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code></td><td>Alipay&#39;s trade number (<code>trade_no</code>), 16–64 characters.</td></tr><tr><td><a id="property-transporttype"></a> <code>transportType?</code></td><td><a href="./../type-aliases/TransportType"><code>TransportType</code></a></td><td>How the goods were actually shipped. This or <code>createTransportType</code> is required.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/gateway/interfaces/SendGoodsInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SendGoodsInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SendGoodsInput as default
};
