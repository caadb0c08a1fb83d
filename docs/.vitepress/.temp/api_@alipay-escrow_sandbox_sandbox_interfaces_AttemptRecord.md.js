import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttemptRecord","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptRecord.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptRecord.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / AttemptRecord</p><h1 id="interface-attemptrecord" tabindex="-1">Interface: AttemptRecord <a class="header-anchor" href="#interface-attemptrecord" aria-label="Permalink to &quot;Interface: AttemptRecord&quot;">​</a></h1><p>One HTTP delivery of a notification.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>number</code></td><td>Epoch ms (sandbox clock).</td></tr><tr><td><a id="property-duplicate"></a> <code>duplicate?</code></td><td><code>true</code></td><td>A chaos duplicate, sent alongside the scheduled delivery.</td></tr><tr><td><a id="property-error"></a> <code>error?</code></td><td><code>string</code></td><td>Why there was no (acceptable) answer, when there was none.</td></tr><tr><td><a id="property-httpstatus"></a> <code>httpStatus</code></td><td><code>number</code> | <code>null</code></td><td>null when no HTTP answer came (dropped by chaos, network error, timeout).</td></tr><tr><td><a id="property-number"></a> <code>number</code></td><td><code>number</code></td><td>Which of the 8 scheduled deliveries this was (1-based).</td></tr><tr><td><a id="property-reply"></a> <code>reply</code></td><td><code>string</code> | <code>null</code></td><td>The first 200 characters of the answer body; null without an answer.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttemptRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttemptRecord as default
};
