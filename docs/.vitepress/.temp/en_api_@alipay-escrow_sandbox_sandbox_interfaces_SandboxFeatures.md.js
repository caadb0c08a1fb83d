import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxFeatures","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxFeatures.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxFeatures.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxFeatures.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / SandboxFeatures</p><h1 id="interface-sandboxfeatures" tabindex="-1">Interface: SandboxFeatures <a class="header-anchor" href="#interface-sandboxfeatures" aria-label="Permalink to &quot;Interface: SandboxFeatures&quot;">​</a></h1><p>The account features of <a href="./SandboxConfig#property-features">SandboxConfig.features</a>: what Alipay enables per merchant on request.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-customtimeouts"></a> <code>customTimeouts?</code></td><td><code>boolean</code></td><td>Accept the timeout parameters (<code>it_b_pay</code>, <code>t_s_send_1</code>, <code>t_s_send_2</code>, <code>t_b_rec_post</code>). Default false: a request with one is refused with SELF_TIMEOUT_NOT_SUPPORT.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxFeatures.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxFeatures = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxFeatures as default
};
