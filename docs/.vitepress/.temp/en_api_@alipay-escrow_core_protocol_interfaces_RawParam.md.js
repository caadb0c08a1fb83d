import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RawParam","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/RawParam.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/RawParam.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/RawParam.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / RawParam</p><h1 id="interface-rawparam" tabindex="-1">Interface: RawParam <a class="header-anchor" href="#interface-rawparam" aria-label="Permalink to &quot;Interface: RawParam&quot;">​</a></h1><p>One parameter of a form body, still as bytes: nothing decoded with a charset yet.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-key"></a> <code>key</code></td><td><code>string</code></td><td>The name as text (latin-1 view of the bytes; names are ASCII in practice).</td></tr><tr><td><a id="property-name"></a> <code>name</code></td><td><code>Uint8Array</code></td><td>The name&#39;s bytes, percent-decoded (&#39;+&#39; → space).</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>Uint8Array</code></td><td>The value&#39;s bytes, percent-decoded (&#39;+&#39; → space).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/RawParam.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RawParam = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RawParam as default
};
