import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RawPresignOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/interfaces/RawPresignOptions.md","filePath":"api/@alipay-escrow/core/protocol/interfaces/RawPresignOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/interfaces/RawPresignOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / RawPresignOptions</p><h1 id="interface-rawpresignoptions" tabindex="-1">Interface: RawPresignOptions <a class="header-anchor" href="#interface-rawpresignoptions" aria-label="Permalink to &quot;Interface: RawPresignOptions&quot;">​</a></h1><p>Options of <a href="./../functions/rawPresignBytes">rawPresignBytes</a>; both exist for diagnosing a signature mismatch.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-keepempty"></a> <code>keepEmpty?</code></td><td><code>boolean</code></td><td>Keep empty values (what a wrong signer does; used only for diagnostics).</td></tr><tr><td><a id="property-omit"></a> <code>omit?</code></td><td><code>string</code></td><td>Leave this parameter out (diagnostics: &quot;was it added after signing?&quot;).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/interfaces/RawPresignOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RawPresignOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RawPresignOptions as default
};
