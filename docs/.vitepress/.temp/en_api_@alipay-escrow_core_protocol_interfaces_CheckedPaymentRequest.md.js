import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedPaymentRequest","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/CheckedPaymentRequest.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/CheckedPaymentRequest.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/CheckedPaymentRequest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / CheckedPaymentRequest</p><h1 id="interface-checkedpaymentrequest" tabindex="-1">Interface: CheckedPaymentRequest <a class="header-anchor" href="#interface-checkedpaymentrequest" aria-label="Permalink to &quot;Interface: CheckedPaymentRequest&quot;">​</a></h1><p>A create request that passed every check.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-discount"></a> <code>discount</code></td><td><code>string</code></td><td><code>discount</code>, 2-decimal yuan (&quot;0.00&quot; when not sent).</td></tr><tr><td><a id="property-logistics"></a> <code>logistics</code></td><td><a href="./LogisticsOption"><code>LogisticsOption</code></a>[]</td><td>The logistics options, fees as 2-decimal yuan.</td></tr><tr><td><a id="property-payable"></a> <code>payable</code></td><td><a href="./PayableAmount"><code>PayableAmount</code></a>[]</td><td>The buyer&#39;s payable total for each option: price × quantity + discount + fee (fee not counted for BUYER_PAY_AFTER_RECEIVE).</td></tr><tr><td><a id="property-price"></a> <code>price</code></td><td><code>string</code></td><td><code>price</code>, 2-decimal yuan.</td></tr><tr><td><a id="property-quantity"></a> <code>quantity</code></td><td><code>string</code></td><td><code>quantity</code>, digits.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/CheckedPaymentRequest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedPaymentRequest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedPaymentRequest as default
};
