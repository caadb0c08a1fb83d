import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckPaymentOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/interfaces/CheckPaymentOptions.md","filePath":"api/@alipay-escrow/core/protocol/interfaces/CheckPaymentOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/interfaces/CheckPaymentOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / CheckPaymentOptions</p><h1 id="interface-checkpaymentoptions" tabindex="-1">Interface: CheckPaymentOptions <a class="header-anchor" href="#interface-checkpaymentoptions" aria-label="Permalink to &quot;Interface: CheckPaymentOptions&quot;">​</a></h1><p>Options of <a href="./../functions/checkPaymentRequest">checkPaymentRequest</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-charset"></a> <code>charset</code></td><td><a href="./../../charset/type-aliases/Charset"><code>Charset</code></a></td><td>The request&#39;s <code>_input_charset</code>: values must be representable in it.</td></tr><tr><td><a id="property-customtimeouts"></a> <code>customTimeouts?</code></td><td><code>boolean</code></td><td>The account has the custom-timeout feature (it_b_pay, t_s_send_*, t_b_rec_post). Default false.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/interfaces/CheckPaymentOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckPaymentOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckPaymentOptions as default
};
