import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InspectedAttempt","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedAttempt.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedAttempt.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedAttempt.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / InspectedAttempt</p><h1 id="interface-inspectedattempt" tabindex="-1">Interface: InspectedAttempt <a class="header-anchor" href="#interface-inspectedattempt" aria-label="Permalink to &quot;Interface: InspectedAttempt&quot;">​</a></h1><p>One delivery attempt, with why it did or did not count.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>string</code></td><td>When it was made (ISO 8601, UTC, sandbox clock).</td></tr><tr><td><a id="property-duplicate"></a> <code>duplicate?</code></td><td><code>true</code></td><td>A chaos duplicate, sent alongside the scheduled delivery.</td></tr><tr><td><a id="property-error"></a> <code>error?</code></td><td><code>string</code></td><td>Why no answer came (chaos drop, network error, timeout).</td></tr><tr><td><a id="property-explanation"></a> <code>explanation</code></td><td><code>string</code></td><td>The same in one English sentence.</td></tr><tr><td><a id="property-httpstatus"></a> <code>httpStatus</code></td><td><code>number</code> | <code>null</code></td><td>The HTTP status of the merchant&#39;s answer; null when none came.</td></tr><tr><td><a id="property-number"></a> <code>number</code></td><td><code>number</code></td><td>Which of the 8 scheduled deliveries (1-based).</td></tr><tr><td><a id="property-ok"></a> <code>ok</code></td><td><code>boolean</code></td><td>This attempt acknowledged the notification (HTTP 200, body exactly <code>success</code>).</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><a href="./../type-aliases/AttemptReason"><code>AttemptReason</code></a></td><td>Why it did or did not count, as a code (see <a href="./../functions/diagnoseAttempt">diagnoseAttempt</a>).</td></tr><tr><td><a id="property-reply"></a> <code>reply</code></td><td><code>string</code> | <code>null</code></td><td>The first 200 characters of the answer; null without one.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedAttempt.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InspectedAttempt = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InspectedAttempt as default
};
