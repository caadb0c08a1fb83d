import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MessageDiagnosis","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/interfaces/MessageDiagnosis.md","filePath":"api/@alipay-escrow/core/protocol/interfaces/MessageDiagnosis.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/interfaces/MessageDiagnosis.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / MessageDiagnosis</p><h1 id="interface-messagediagnosis" tabindex="-1">Interface: MessageDiagnosis <a class="header-anchor" href="#interface-messagediagnosis" aria-label="Permalink to &quot;Interface: MessageDiagnosis&quot;">​</a></h1><p>What <a href="./../functions/diagnoseMessage">diagnoseMessage</a> resolves to.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><a href="./../../core/type-aliases/ErrorCode"><code>ErrorCode</code></a> | <code>&quot;OK&quot;</code></td><td>Why the message is refused, as precisely as the diagnosis can tell (CHARSET_MISMATCH rather than SIGN_MISMATCH when the other charset matches, MESSAGE_AMBIGUOUS for a forged shape…), or <code>&#39;OK&#39;</code> when it verifies.</td></tr><tr><td><a id="property-hint"></a> <code>hint</code></td><td><code>string</code></td><td>What to do about it, in one sentence (for <code>&#39;OK&#39;</code>: that nothing is wrong).</td></tr><tr><td><a id="property-presign"></a> <code>presign?</code></td><td><code>string</code></td><td>The pre-sign string the signature was checked over, when verification got that far.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/interfaces/MessageDiagnosis.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MessageDiagnosis = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MessageDiagnosis as default
};
