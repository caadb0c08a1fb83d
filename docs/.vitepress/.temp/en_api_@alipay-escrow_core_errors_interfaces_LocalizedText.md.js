import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LocalizedText","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/errors/interfaces/LocalizedText.md","filePath":"en/api/@alipay-escrow/core/errors/interfaces/LocalizedText.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/errors/interfaces/LocalizedText.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / LocalizedText</p><h1 id="interface-localizedtext" tabindex="-1">Interface: LocalizedText <a class="header-anchor" href="#interface-localizedtext" aria-label="Permalink to &quot;Interface: LocalizedText&quot;">​</a></h1><p>A text in the two languages of the catalogue.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-en"></a> <code>en</code></td><td><code>string</code></td><td>English text.</td></tr><tr><td><a id="property-zh"></a> <code>zh</code></td><td><code>string</code></td><td>Chinese text (the docs&#39; main language).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/errors/interfaces/LocalizedText.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LocalizedText = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LocalizedText as default
};
