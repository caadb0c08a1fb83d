import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SweepEffectsRun","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/SweepEffectsRun.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/SweepEffectsRun.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/SweepEffectsRun.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / SweepEffectsRun</p><h1 id="interface-sweepeffectsrun" tabindex="-1">Interface: SweepEffectsRun <a class="header-anchor" href="#interface-sweepeffectsrun" aria-label="Permalink to &quot;Interface: SweepEffectsRun&quot;">​</a></h1><p>Effects a sweep ran for one order that a <code>deferEffects</code> tool left them pending for.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-keys"></a> <code>keys</code></td><td><code>string</code>[]</td><td>The effects whose hooks ran and were marked done (their idempotency keys).</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/SweepEffectsRun.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SweepEffectsRun = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SweepEffectsRun as default
};
