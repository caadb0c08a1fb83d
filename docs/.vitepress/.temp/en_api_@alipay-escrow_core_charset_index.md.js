import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"charset","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/charset/index.md","filePath":"en/api/@alipay-escrow/core/charset/index.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/charset/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/core</a> / charset</p><h1 id="charset" tabindex="-1">charset <a class="header-anchor" href="#charset" aria-label="Permalink to &quot;charset&quot;">​</a></h1><p><code>@alipay-escrow/core/charset</code>: text to bytes and back in the charsets Alipay uses, utf-8 and gbk (gb2312 is read as gbk). Importing it installs the GBK tables (and RSA), see full-support.ts.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/EncodeOptions">EncodeOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/Charset">Charset</a></li><li><a href="./type-aliases/UnencodablePolicy">UnencodablePolicy</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/decodeBytes">decodeBytes</a></li><li><a href="./functions/encodeText">encodeText</a></li><li><a href="./functions/isValidUtf8">isValidUtf8</a></li><li><a href="./functions/normalizeCharset">normalizeCharset</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/charset/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
