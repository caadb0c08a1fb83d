import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SignedParams","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/SignedParams.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/SignedParams.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/SignedParams.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / SignedParams</p><h1 id="interface-signedparams" tabindex="-1">Interface: SignedParams <a class="header-anchor" href="#interface-signedparams" aria-label="Permalink to &quot;Interface: SignedParams&quot;">​</a></h1><p>What <a href="./../functions/signParams">signParams</a> returns: the pre-sign string and its signature.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-presign"></a> <code>presign</code></td><td><code>string</code></td><td>The canonical pre-sign string (decoded text, without the key).</td></tr><tr><td><a id="property-sign"></a> <code>sign</code></td><td><code>string</code></td><td>The signature: 32 lowercase hex digits for MD5, base64 for RSA (SHA1withRSA). Sent as <code>sign</code>.</td></tr><tr><td><a id="property-signtype"></a> <code>signType</code></td><td><a href="./../type-aliases/SignType"><code>SignType</code></a></td><td>The algorithm used (<code>sign_type</code>), taken from the keys.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/SignedParams.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SignedParams = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SignedParams as default
};
