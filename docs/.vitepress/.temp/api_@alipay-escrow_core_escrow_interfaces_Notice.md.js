import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Notice","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/escrow/interfaces/Notice.md","filePath":"api/@alipay-escrow/core/escrow/interfaces/Notice.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/escrow/interfaces/Notice.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">escrow</a> / Notice</p><h1 id="interface-notice" tabindex="-1">Interface: Notice <a class="header-anchor" href="#interface-notice" aria-label="Permalink to &quot;Interface: Notice&quot;">​</a></h1><p>A genuine, verified statement from Alipay about one trade (a notification, a return, a query).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-refundstatus"></a> <code>refundStatus?</code></td><td><code>string</code></td><td>The raw refund_status; absent or <code>&#39;&#39;</code> when the notice says nothing about a refund (never a move back).</td></tr><tr><td><a id="property-time"></a> <code>time?</code></td><td><code>string</code></td><td>The notice&#39;s own notify_time (&#39;yyyy-MM-dd HH:mm:ss&#39;, Beijing time), when it has one: every notification does; a gateway trade record that states the refund is given its last-modified time (or the query time) instead. Orders refund moves (notice-time.ts).</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td><code>string</code></td><td>Raw statuses as sent: unknown values are kept, recorded and not applied.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/escrow/interfaces/Notice.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Notice = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Notice as default
};
