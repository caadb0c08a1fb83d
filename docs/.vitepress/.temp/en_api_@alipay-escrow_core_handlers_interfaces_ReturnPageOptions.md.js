import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReturnPageOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/handlers/interfaces/ReturnPageOptions.md","filePath":"en/api/@alipay-escrow/core/handlers/interfaces/ReturnPageOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/handlers/interfaces/ReturnPageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / ReturnPageOptions</p><h1 id="interface-returnpageoptions" tabindex="-1">Interface: ReturnPageOptions <a class="header-anchor" href="#interface-returnpageoptions" aria-label="Permalink to &quot;Interface: ReturnPageOptions&quot;">​</a></h1><p>How <code>handleReturn</code> answers the buyer&#39;s browser. Without options it renders a small built-in page (Chinese and English, HTTP 200).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-redirectto"></a> <code>redirectTo?</code></td><td>(<code>outcome</code>) =&gt; <code>string</code></td><td>Redirect (303) to the URL it returns instead of rendering the built-in page. If it throws or returns an empty string, the built-in page is shown.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/handlers/interfaces/ReturnPageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReturnPageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReturnPageOptions as default
};
