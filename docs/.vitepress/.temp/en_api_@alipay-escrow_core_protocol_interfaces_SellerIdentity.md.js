import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SellerIdentity","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/SellerIdentity.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/SellerIdentity.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/SellerIdentity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / SellerIdentity</p><h1 id="interface-selleridentity" tabindex="-1">Interface: SellerIdentity <a class="header-anchor" href="#interface-selleridentity" aria-label="Permalink to &quot;Interface: SellerIdentity&quot;">​</a></h1><p>The seller account that receives the money. At least one field; Alipay&#39;s priority: id &gt; accountName &gt; email.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-accountname"></a> <code>accountName?</code></td><td><code>string</code></td><td><code>seller_account_name</code>: the seller&#39;s alias account.</td></tr><tr><td><a id="property-email"></a> <code>email?</code></td><td><code>string</code></td><td><code>seller_email</code>: the seller&#39;s Alipay login.</td></tr><tr><td><a id="property-id"></a> <code>id?</code></td><td><code>string</code></td><td><code>seller_id</code>: 2088 + 12 digits (recommended: a login can change, the id cannot).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/SellerIdentity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SellerIdentity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SellerIdentity as default
};
