import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResignOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/testing/interfaces/ResignOptions.md","filePath":"en/api/@alipay-escrow/core/testing/interfaces/ResignOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/testing/interfaces/ResignOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">testing</a> / ResignOptions</p><h1 id="interface-resignoptions" tabindex="-1">Interface: ResignOptions <a class="header-anchor" href="#interface-resignoptions" aria-label="Permalink to &quot;Interface: ResignOptions&quot;">​</a></h1><p>Options of <a href="./../functions/resignNotification">resignNotification</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-charset"></a> <code>charset?</code></td><td><a href="./../../charset/type-aliases/Charset"><code>Charset</code></a></td><td>The body&#39;s charset, also the charset of the signed bytes. Default &#39;utf-8&#39;.</td></tr><tr><td><a id="property-keys"></a> <code>keys</code></td><td><a href="./../../core/type-aliases/SignatureKeys"><code>SignatureKeys</code></a></td><td>The keys to sign with, as Alipay would (for RSA: the <code>privateKey</code> is required, else RSA_KEY_INVALID).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/testing/interfaces/ResignOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResignOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResignOptions as default
};
