import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SignOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/SignOptions.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/SignOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/SignOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / SignOptions</p><h1 id="interface-signoptions" tabindex="-1">Interface: SignOptions <a class="header-anchor" href="#interface-signoptions" aria-label="Permalink to &quot;Interface: SignOptions&quot;">​</a></h1><p>Options of <a href="./../functions/signParams">signParams</a> and <a href="./../functions/verifyParams">verifyParams</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-allowambiguous"></a> <code>allowAmbiguous?</code></td><td><code>boolean</code></td><td>Sign exactly what is given, even a name outside <code>[a-z0-9_]</code> or a value holding <code>&amp;</code> (which <a href="./../functions/signParams">signParams</a> otherwise refuses with PARAM_AMBIGUOUS). Only for tools that must reproduce a reference signature byte for byte (the CLI&#39;s <code>sign</code>) or that stand in for Alipay in tests: such a signature also covers another reading of the same string. Ignored by verifyParams.</td></tr><tr><td><a id="property-charset"></a> <code>charset</code></td><td><a href="./../../charset/type-aliases/Charset"><code>Charset</code></a></td><td>Charset whose bytes are signed: the request&#39;s <code>_input_charset</code>.</td></tr><tr><td><a id="property-unencodable"></a> <code>unencodable?</code></td><td><a href="./../../charset/type-aliases/UnencodablePolicy"><code>UnencodablePolicy</code></a></td><td>What to do with a character the charset cannot represent. Default &#39;error&#39;.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/SignOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SignOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SignOptions as default
};
