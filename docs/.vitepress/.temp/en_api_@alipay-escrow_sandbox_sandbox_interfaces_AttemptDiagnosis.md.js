import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttemptDiagnosis","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptDiagnosis.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptDiagnosis.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptDiagnosis.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / AttemptDiagnosis</p><h1 id="interface-attemptdiagnosis" tabindex="-1">Interface: AttemptDiagnosis <a class="header-anchor" href="#interface-attemptdiagnosis" aria-label="Permalink to &quot;Interface: AttemptDiagnosis&quot;">​</a></h1><p>What <a href="./../functions/diagnoseAttempt">diagnoseAttempt</a> says about one attempt.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-en"></a> <code>en</code></td><td><code>string</code></td><td>The same in English (for the JSON API).</td></tr><tr><td><a id="property-ok"></a> <code>ok</code></td><td><code>boolean</code></td><td>The merchant acknowledged the notification with this attempt.</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><a href="./../type-aliases/AttemptReason"><code>AttemptReason</code></a></td><td>Why, as a code.</td></tr><tr><td><a id="property-zh"></a> <code>zh</code></td><td><code>string</code></td><td>One sentence in Chinese (for the pages).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptDiagnosis.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttemptDiagnosis = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttemptDiagnosis as default
};
