import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EncodeOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/charset/interfaces/EncodeOptions.md","filePath":"api/@alipay-escrow/core/charset/interfaces/EncodeOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/charset/interfaces/EncodeOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">charset</a> / EncodeOptions</p><h1 id="interface-encodeoptions" tabindex="-1">Interface: EncodeOptions <a class="header-anchor" href="#interface-encodeoptions" aria-label="Permalink to &quot;Interface: EncodeOptions&quot;">​</a></h1><p>Options of <a href="./../functions/encodeText">encodeText</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-field"></a> <code>field?</code></td><td><code>string</code></td><td>Parameter name, used in error messages.</td></tr><tr><td><a id="property-unencodable"></a> <code>unencodable?</code></td><td><a href="./../type-aliases/UnencodablePolicy"><code>UnencodablePolicy</code></a></td><td>What to do with a character the charset cannot represent (GBK only): <code>&#39;error&#39;</code> (default) throws CHARSET_UNENCODABLE naming <code>field</code>, <code>&#39;ncr&#39;</code> writes <code>&amp;#NNN;</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/charset/interfaces/EncodeOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EncodeOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EncodeOptions as default
};
