import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PaymentParamsReading","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/PaymentParamsReading.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/PaymentParamsReading.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/PaymentParamsReading.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / PaymentParamsReading</p><h1 id="interface-paymentparamsreading" tabindex="-1">Interface: PaymentParamsReading <a class="header-anchor" href="#interface-paymentparamsreading" aria-label="Permalink to &quot;Interface: PaymentParamsReading&quot;">​</a></h1><p>What a received create request says, as the library&#39;s types.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-order"></a> <code>order</code></td><td><a href="./../../core/interfaces/EscrowOrder"><code>EscrowOrder</code></a></td><td>The order. Logistics options hold the received strings unchecked (undefined when absent).</td></tr><tr><td><a id="property-partner"></a> <code>partner</code></td><td><code>string</code> | <code>undefined</code></td><td><code>partner</code>, as received (checked by the caller against its configuration).</td></tr><tr><td><a id="property-paymenttype"></a> <code>paymentType</code></td><td><code>string</code> | <code>undefined</code></td><td><code>payment_type</code>, as received (only <code>1</code> is valid).</td></tr><tr><td><a id="property-seller"></a> <code>seller</code></td><td><a href="./SellerIdentity"><code>SellerIdentity</code></a></td><td><code>seller_id</code> / <code>seller_email</code> / <code>seller_account_name</code>, empty ones left out.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/PaymentParamsReading.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PaymentParamsReading = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PaymentParamsReading as default
};
