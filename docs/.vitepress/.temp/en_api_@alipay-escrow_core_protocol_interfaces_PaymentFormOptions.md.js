import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PaymentFormOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/PaymentFormOptions.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/PaymentFormOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/PaymentFormOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / PaymentFormOptions</p><h1 id="interface-paymentformoptions" tabindex="-1">Interface: PaymentFormOptions <a class="header-anchor" href="#interface-paymentformoptions" aria-label="Permalink to &quot;Interface: PaymentFormOptions&quot;">​</a></h1><p>How the auto-submitting form is rendered.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-autosubmit"></a> <code>autoSubmit?</code></td><td><code>boolean</code></td><td>Default true: a script submits the form at once; the button shows only without JavaScript.</td></tr><tr><td><a id="property-id"></a> <code>id?</code></td><td><code>string</code></td><td>The form&#39;s id (default <code>alipay-escrow-form</code>); change it when a page holds several forms.</td></tr><tr><td><a id="property-method"></a> <code>method?</code></td><td><code>&quot;post&quot;</code> | <code>&quot;get&quot;</code></td><td>Default &#39;post&#39;. With &#39;get&#39; the browser sends the fields as the query (CR p8 allows both: docs/internals/payment-request.md#form).</td></tr><tr><td><a id="property-nonce"></a> <code>nonce?</code></td><td><code>string</code></td><td>A CSP nonce for the inline submit script.</td></tr><tr><td><a id="property-submitlabel"></a> <code>submitLabel?</code></td><td><code>string</code></td><td>Text of the submit button.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/PaymentFormOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PaymentFormOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PaymentFormOptions as default
};
