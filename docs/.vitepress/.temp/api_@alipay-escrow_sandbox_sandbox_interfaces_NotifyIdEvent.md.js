import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NotifyIdEvent","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/NotifyIdEvent.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/NotifyIdEvent.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/NotifyIdEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / NotifyIdEvent</p><h1 id="interface-notifyidevent" tabindex="-1">Interface: NotifyIdEvent <a class="header-anchor" href="#interface-notifyidevent" aria-label="Permalink to &quot;Interface: NotifyIdEvent&quot;">​</a></h1><p>A notify_id was issued for a notification someone else sends (<code>POST /sandbox/api/notify-ids</code>, <code>alipay-escrow trigger</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>number</code></td><td>When it was issued (epoch ms, sandbox clock).</td></tr><tr><td><a id="property-expiresat"></a> <code>expiresAt</code></td><td><code>number</code></td><td>Until when the id is genuine (epoch ms, sandbox clock).</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The id; notify_verify answers <code>true</code> for it until <code>expiresAt</code>.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The order it is for.</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus</code></td><td><code>string</code> | <code>null</code></td><td>The <code>refund_status</code> its notification states; null for none.</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td><code>string</code></td><td>The <code>trade_status</code> its notification states (<code>&#39;&#39;</code> when not given).</td></tr><tr><td><a id="property-type"></a> <code>type</code></td><td><code>&quot;notify-id&quot;</code></td><td>Always <code>&#39;notify-id&#39;</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/NotifyIdEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NotifyIdEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NotifyIdEvent as default
};
