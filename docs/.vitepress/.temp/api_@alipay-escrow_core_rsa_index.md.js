import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"rsa","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/rsa/index.md","filePath":"api/@alipay-escrow/core/rsa/index.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/rsa/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/core</a> / rsa</p><h1 id="rsa" tabindex="-1">rsa <a class="header-anchor" href="#rsa" aria-label="Permalink to &quot;rsa&quot;">​</a></h1><p><code>@alipay-escrow/core/rsa</code>: SHA1withRSA (<code>signType: &#39;RSA&#39;</code>, PEM/DER keys through WebCrypto) as a plug-in for <code>createReceiver</code>. Only a receiver configured with RSA keys needs it.</p><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/rsa">rsa</a></li></ul><h2 id="references" tabindex="-1">References <a class="header-anchor" href="#references" aria-label="Permalink to &quot;References&quot;">​</a></h2><h3 id="escrowplugin" tabindex="-1">EscrowPlugin <a class="header-anchor" href="#escrowplugin" aria-label="Permalink to &quot;EscrowPlugin&quot;">​</a></h3><p>Re-exports <a href="./../receiver/interfaces/EscrowPlugin">EscrowPlugin</a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/rsa/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
