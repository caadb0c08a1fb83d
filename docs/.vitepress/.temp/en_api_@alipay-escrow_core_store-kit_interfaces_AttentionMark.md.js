import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttentionMark","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/AttentionMark.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/AttentionMark.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/AttentionMark.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / AttentionMark</p><h1 id="interface-attentionmark" tabindex="-1">Interface: AttentionMark <a class="header-anchor" href="#interface-attentionmark" aria-label="Permalink to &quot;Interface: AttentionMark&quot;">​</a></h1><p>A mark that sweep reported an order, so it reports it once per reason and order version.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>string</code></td><td>When it was marked (ISO 8601).</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order.</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><code>string</code></td><td>Why it needs attention (e.g. <code>paid_not_shipped</code>).</td></tr><tr><td><a id="property-version"></a> <code>version</code></td><td><code>number</code></td><td>The order version the report is about: a later version may be reported again.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/AttentionMark.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionMark = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionMark as default
};
