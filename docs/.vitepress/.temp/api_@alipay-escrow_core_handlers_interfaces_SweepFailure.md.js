import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SweepFailure","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/SweepFailure.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/SweepFailure.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/SweepFailure.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / SweepFailure</p><h1 id="interface-sweepfailure" tabindex="-1">Interface: SweepFailure <a class="header-anchor" href="#interface-sweepfailure" aria-label="Permalink to &quot;Interface: SweepFailure&quot;">​</a></h1><p>An order the run could not handle; the next run tries again.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>string</code></td><td>The error code (GATEWAY_TIMEOUT, HOOK_FAILED, …).</td></tr><tr><td><a id="property-message"></a> <code>message</code></td><td><code>string</code></td><td>What went wrong (no secrets).</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order.</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><a href="./../type-aliases/StuckReason"><code>StuckReason</code></a></td><td>Why it was looked at.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/SweepFailure.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SweepFailure = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SweepFailure as default
};
