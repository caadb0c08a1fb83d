import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RequestedTimeouts","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/RequestedTimeouts.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/RequestedTimeouts.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/RequestedTimeouts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / RequestedTimeouts</p><h1 id="interface-requestedtimeouts" tabindex="-1">Interface: RequestedTimeouts <a class="header-anchor" href="#interface-requestedtimeouts" aria-label="Permalink to &quot;Interface: RequestedTimeouts&quot;">​</a></h1><p>A create request&#39;s own timeouts (<a href="./TradeRecord#property-timeouts">TradeRecord.timeouts</a>), as sent.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-itbpay"></a> <code>itBPay?</code></td><td><code>string</code></td><td><code>it_b_pay</code>, e.g. <code>2h</code>: closes the unpaid trade.</td></tr><tr><td><a id="property-tbrecpost"></a> <code>tBRecPost?</code></td><td><code>string</code></td><td><code>t_b_rec_post</code>, e.g. <code>7d</code>: confirms receipt of a POST shipment.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/RequestedTimeouts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestedTimeouts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestedTimeouts as default
};
