import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NotificationJson","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/NotificationJson.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/NotificationJson.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/NotificationJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / NotificationJson</p><h1 id="interface-notificationjson" tabindex="-1">Interface: NotificationJson <a class="header-anchor" href="#interface-notificationjson" aria-label="Permalink to &quot;Interface: NotificationJson&quot;">​</a></h1><p>One notification, as the test API shows it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-attempts"></a> <code>attempts</code></td><td><a href="./AttemptJson"><code>AttemptJson</code></a>[]</td><td>Every delivery so far, oldest first.</td></tr><tr><td><a id="property-delivered"></a> <code>delivered</code></td><td><code>boolean</code></td><td>The merchant answered exactly <code>success</code>.</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The notification&#39;s <code>notify_id</code>.</td></tr><tr><td><a id="property-refundstatus"></a> <code>refundStatus</code></td><td><code>string</code> | <code>null</code></td><td>The <code>refund_status</code> it states; null without a refund.</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td><code>string</code></td><td>The <code>trade_status</code> it states.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/NotificationJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NotificationJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NotificationJson as default
};
