import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LocalizedList","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/errors/interfaces/LocalizedList.md","filePath":"api/@alipay-escrow/core/errors/interfaces/LocalizedList.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/errors/interfaces/LocalizedList.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / LocalizedList</p><h1 id="interface-localizedlist" tabindex="-1">Interface: LocalizedList <a class="header-anchor" href="#interface-localizedlist" aria-label="Permalink to &quot;Interface: LocalizedList&quot;">​</a></h1><p>Short phrases in the two languages of the catalogue.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-en"></a> <code>en</code></td><td>readonly <code>string</code>[]</td><td>English phrases.</td></tr><tr><td><a id="property-zh"></a> <code>zh</code></td><td>readonly <code>string</code>[]</td><td>Chinese phrases.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/errors/interfaces/LocalizedList.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LocalizedList = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LocalizedList as default
};
