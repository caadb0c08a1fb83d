import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SellerCredentials","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/node/interfaces/SellerCredentials.md","filePath":"api/@alipay-escrow/sandbox/node/interfaces/SellerCredentials.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/node/interfaces/SellerCredentials.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / SellerCredentials</p><h1 id="interface-sellercredentials" tabindex="-1">Interface: SellerCredentials <a class="header-anchor" href="#interface-sellercredentials" aria-label="Permalink to &quot;Interface: SellerCredentials&quot;">​</a></h1><p>The seller a launched sandbox receives money as: both its id and its login.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-email"></a> <code>email</code></td><td><code>string</code></td><td><code>seller_email</code>: the seller&#39;s login.</td></tr><tr><td><a id="property-id"></a> <code>id</code></td><td><code>string</code></td><td><code>seller_id</code>: 2088 + 12 digits (the partner id unless given).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/node/interfaces/SellerCredentials.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SellerCredentials = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SellerCredentials as default
};
