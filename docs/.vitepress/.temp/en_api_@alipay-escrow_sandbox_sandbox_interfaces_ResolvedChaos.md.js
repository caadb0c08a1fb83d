import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolvedChaos","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/ResolvedChaos.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/ResolvedChaos.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/ResolvedChaos.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / ResolvedChaos</p><h1 id="interface-resolvedchaos" tabindex="-1">Interface: ResolvedChaos <a class="header-anchor" href="#interface-resolvedchaos" aria-label="Permalink to &quot;Interface: ResolvedChaos&quot;">​</a></h1><p>Chaos with every field filled in.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-delay"></a> <code>delay</code></td><td><code>number</code></td><td>Maximum extra seconds before each delivery.</td></tr><tr><td><a id="property-drop"></a> <code>drop</code></td><td><code>number</code></td><td>Probability (0–1) that a first delivery is lost.</td></tr><tr><td><a id="property-dup"></a> <code>dup</code></td><td><code>number</code></td><td>Probability (0–1) that a delivery is duplicated.</td></tr><tr><td><a id="property-reorder"></a> <code>reorder</code></td><td><code>boolean</code></td><td>Whether deliveries are shuffled and first deliveries held back 0–3 s.</td></tr><tr><td><a id="property-seed"></a> <code>seed</code></td><td><code>number</code></td><td>The PRNG seed in use (the random one when none was given): pass it again to repeat a run.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/ResolvedChaos.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedChaos = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedChaos as default
};
