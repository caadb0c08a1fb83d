import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SweepReconciled","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/handlers/interfaces/SweepReconciled.md","filePath":"en/api/@alipay-escrow/core/handlers/interfaces/SweepReconciled.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/handlers/interfaces/SweepReconciled.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / SweepReconciled</p><h1 id="interface-sweepreconciled" tabindex="-1">Interface: SweepReconciled <a class="header-anchor" href="#interface-sweepreconciled" aria-label="Permalink to &quot;Interface: SweepReconciled&quot;">​</a></h1><p>An order whose reconcile applied Alipay&#39;s newer state.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-from"></a> <code>from</code></td><td><a href="./../../core/type-aliases/OrderPhase"><code>OrderPhase</code></a></td><td>Its phase before.</td></tr><tr><td><a id="property-logid"></a> <code>logId</code></td><td><code>string</code></td><td>The reconcile&#39;s log entry.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order.</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><a href="./../type-aliases/StuckReason"><code>StuckReason</code></a></td><td>Why it was looked at.</td></tr><tr><td><a id="property-to"></a> <code>to</code></td><td><a href="./../../core/type-aliases/OrderPhase"><code>OrderPhase</code></a></td><td>Its phase after.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/handlers/interfaces/SweepReconciled.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SweepReconciled = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SweepReconciled as default
};
