import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Consignee","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/interfaces/Consignee.md","filePath":"api/@alipay-escrow/core/protocol/interfaces/Consignee.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/interfaces/Consignee.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / Consignee</p><h1 id="interface-consignee" tabindex="-1">Interface: Consignee <a class="header-anchor" href="#interface-consignee" aria-label="Permalink to &quot;Interface: Consignee&quot;">​</a></h1><p>Where the goods go (<code>receive_*</code>, <a href="./../../core/interfaces/EscrowOrder#property-receive">EscrowOrder.receive</a>); Alipay uses it only when both name and address are given.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-address"></a> <code>address?</code></td><td><code>string</code></td><td><code>receive_address</code>: the delivery address, at most 256 bytes.</td></tr><tr><td><a id="property-mobile"></a> <code>mobile?</code></td><td><code>string</code></td><td><code>receive_mobile</code>: the consignee&#39;s mobile number.</td></tr><tr><td><a id="property-name"></a> <code>name?</code></td><td><code>string</code></td><td><code>receive_name</code>: the consignee&#39;s name, at most 128 bytes.</td></tr><tr><td><a id="property-phone"></a> <code>phone?</code></td><td><code>string</code></td><td><code>receive_phone</code>: the consignee&#39;s telephone number, at most 30 bytes.</td></tr><tr><td><a id="property-zip"></a> <code>zip?</code></td><td><code>string</code></td><td><code>receive_zip</code>: the postcode, at most 20 bytes.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/interfaces/Consignee.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Consignee = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Consignee as default
};
