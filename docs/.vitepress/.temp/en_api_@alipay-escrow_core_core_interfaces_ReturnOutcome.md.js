import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReturnOutcome","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/ReturnOutcome.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/ReturnOutcome.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/ReturnOutcome.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / ReturnOutcome</p><h1 id="interface-returnoutcome" tabindex="-1">Interface: ReturnOutcome <a class="header-anchor" href="#interface-returnoutcome" aria-label="Permalink to &quot;Interface: ReturnOutcome&quot;">​</a></h1><p>What the buyer&#39;s return visit amounted to; chooses the page or the redirect target.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>string</code> | <code>null</code></td><td>The error or anomaly code logged for the visit (e.g. SIGN_MISMATCH, UNKNOWN_ORDER), else null.</td></tr><tr><td><a id="property-logid"></a> <code>logId</code></td><td><code>string</code> | <code>null</code></td><td>The id of the visit&#39;s log entry; null only when the visit could not be logged.</td></tr><tr><td><a id="property-order"></a> <code>order</code></td><td><a href="./../../store-kit/interfaces/OrderRecord"><code>OrderRecord</code></a> | <code>null</code></td><td>The order after the visit; null when unverified or the order is unknown.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code> | <code>null</code></td><td>The <code>out_trade_no</code> of the verified message; null when the visit could not be verified.</td></tr><tr><td><a id="property-status"></a> <code>status</code></td><td><code>&quot;paid&quot;</code> | <code>&quot;closed&quot;</code> | <code>&quot;confirming&quot;</code> | <code>&quot;unverified&quot;</code></td><td>paid: verified and the order is paid (or further); confirming: verified, the order is not (yet) in a paid state or could not be updated; closed: the order is closed; unverified: the visit could not be verified (the notify is the safety net).</td></tr><tr><td><a id="property-verdict"></a> <code>verdict</code></td><td><a href="./../../store-kit/type-aliases/LogVerdict"><code>LogVerdict</code></a></td><td>The verdict logged for the visit (<code>applied</code>, <code>duplicate</code>, <code>rejected</code>, <code>error</code>, ...).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/ReturnOutcome.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReturnOutcome = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReturnOutcome as default
};
