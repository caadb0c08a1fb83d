import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"gbk","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/gbk/index.md","filePath":"en/api/@alipay-escrow/core/gbk/index.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/gbk/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/core</a> / gbk</p><h1 id="gbk" tabindex="-1">gbk <a class="header-anchor" href="#gbk" aria-label="Permalink to &quot;gbk&quot;">​</a></h1><p><code>@alipay-escrow/core/gbk</code>: the GBK charset (the library&#39;s own tables, about 17 KB gzip) as a plug-in for <code>createReceiver</code>. Only a receiver whose <code>merchant.charset</code> is <code>gbk</code> needs it.</p><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/gbk">gbk</a></li></ul><h2 id="references" tabindex="-1">References <a class="header-anchor" href="#references" aria-label="Permalink to &quot;References&quot;">​</a></h2><h3 id="escrowplugin" tabindex="-1">EscrowPlugin <a class="header-anchor" href="#escrowplugin" aria-label="Permalink to &quot;EscrowPlugin&quot;">​</a></h3><p>Re-exports <a href="./../receiver/interfaces/EscrowPlugin">EscrowPlugin</a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/gbk/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
