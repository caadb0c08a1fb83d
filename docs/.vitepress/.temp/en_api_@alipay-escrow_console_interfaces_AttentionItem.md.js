import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttentionItem","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/console/interfaces/AttentionItem.md","filePath":"en/api/@alipay-escrow/console/interfaces/AttentionItem.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/console/interfaces/AttentionItem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/console</a> / AttentionItem</p><h1 id="interface-attentionitem" tabindex="-1">Interface: AttentionItem <a class="header-anchor" href="#interface-attentionitem" aria-label="Permalink to &quot;Interface: AttentionItem&quot;">​</a></h1><p>One order the attention page lists, and why.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>string</code> | <code>null</code></td><td>The code of the problem (UNKNOWN_ORDER, AMOUNT_MISMATCH, HOOK_FAILED, …); null when there is none.</td></tr><tr><td><a id="property-logid"></a> <code>logId</code></td><td><code>string</code> | <code>null</code></td><td>The log entry that shows the problem (its page has the replay button); null when none does.</td></tr><tr><td><a id="property-order"></a> <code>order</code></td><td><a href="./../../core/store-kit/interfaces/OrderRecord"><code>OrderRecord</code></a> | <code>null</code></td><td>The stored order; null when the store has none (an UNKNOWN_ORDER payment).</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order (<code>out_trade_no</code>) to look at.</td></tr><tr><td><a id="property-reason"></a> <code>reason</code></td><td><code>string</code></td><td>What is wrong, in one sentence (never a secret).</td></tr><tr><td><a id="property-since"></a> <code>since</code></td><td><code>string</code></td><td>Since when (ISO 8601).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/console/interfaces/AttentionItem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionItem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionItem as default
};
