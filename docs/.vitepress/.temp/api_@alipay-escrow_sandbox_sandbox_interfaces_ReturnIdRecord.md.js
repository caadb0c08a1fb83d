import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReturnIdRecord","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/ReturnIdRecord.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/ReturnIdRecord.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/ReturnIdRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / ReturnIdRecord</p><h1 id="interface-returnidrecord" tabindex="-1">Interface: ReturnIdRecord <a class="header-anchor" href="#interface-returnidrecord" aria-label="Permalink to &quot;Interface: ReturnIdRecord&quot;">​</a></h1><p>A notify_id the sandbox did not deliver itself: handed to the buyer&#39;s browser with the return_url redirect (valid 1 minute), or issued for a notification someone else sends (<code>POST /sandbox/api/notify-ids</code>, used by <code>alipay-escrow trigger</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-expiresat"></a> <code>expiresAt?</code></td><td><code>number</code></td><td>Until when notify_verify answers <code>true</code> (epoch ms). Absent: issuedAt + 1 minute.</td></tr><tr><td><a id="property-issuedat"></a> <code>issuedAt</code></td><td><code>number</code></td><td>When it was issued (epoch ms, sandbox clock).</td></tr><tr><td><a id="property-kind"></a> <code>kind?</code></td><td><code>&quot;return&quot;</code> | <code>&quot;triggered&quot;</code></td><td>Absent: a return id (the kind part 1 stored).</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The notify_id as issued (a return id is base64-like, with <code>/</code> and <code>+</code> already percent-escaped).</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus?</code></td><td><code>string</code> | <code>null</code></td><td>For a triggered id: the refund status its notification states (null: none).</td></tr><tr><td><a id="property-tradekey"></a> <code>tradeKey</code></td><td><code>string</code></td><td>The trade it belongs to (<code>\${partner}:\${outTradeNo}</code>).</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus?</code></td><td><code>string</code></td><td>For a triggered id: the statuses its notification states.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/ReturnIdRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReturnIdRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReturnIdRecord as default
};
