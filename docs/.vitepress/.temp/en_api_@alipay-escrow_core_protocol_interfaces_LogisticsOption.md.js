import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LogisticsOption","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/LogisticsOption.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/LogisticsOption.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/LogisticsOption.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / LogisticsOption</p><h1 id="interface-logisticsoption" tabindex="-1">Interface: LogisticsOption <a class="header-anchor" href="#interface-logisticsoption" aria-label="Permalink to &quot;Interface: LogisticsOption&quot;">​</a></h1><p>One shipping choice offered to the buyer.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-fee"></a> <code>fee</code></td><td><code>string</code></td><td>Yuan as a decimal string with at most 2 decimals, ≥ 0 (&quot;0&quot;, &quot;10&quot;, &quot;10.5&quot;, &quot;12.00&quot;).</td></tr><tr><td><a id="property-payment"></a> <code>payment</code></td><td><a href="./../type-aliases/LogisticsPayment"><code>LogisticsPayment</code></a></td><td>Who pays the fee (<code>logistics_payment</code>, ...): <code>BUYER_PAY</code>, <code>SELLER_PAY</code> or <code>BUYER_PAY_AFTER_RECEIVE</code>.</td></tr><tr><td><a id="property-type"></a> <code>type</code></td><td><a href="./../type-aliases/LogisticsType"><code>LogisticsType</code></a></td><td>The shipping method (<code>logistics_type</code>, <code>logistics_type_1</code>, ...): <code>POST</code>, <code>EXPRESS</code> or <code>EMS</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/LogisticsOption.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogisticsOption = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogisticsOption as default
};
