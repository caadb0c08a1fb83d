import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NotifyIdBinding","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/NotifyIdBinding.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/NotifyIdBinding.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/NotifyIdBinding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / NotifyIdBinding</p><h1 id="interface-notifyidbinding" tabindex="-1">Interface: NotifyIdBinding <a class="header-anchor" href="#interface-notifyidbinding" aria-label="Permalink to &quot;Interface: NotifyIdBinding&quot;">​</a></h1><p>Which trade a notify_id was first applied to (see <a href="./EscrowStore#receive">EscrowStore.receive</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>string</code></td><td>When the binding was made (ISO 8601, UTC).</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The message&#39;s <code>notify_id</code>.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The <code>out_trade_no</code> of the message that used it first.</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code> | <code>null</code></td><td>The <code>trade_no</code> of that message; null when it carried none.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/NotifyIdBinding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NotifyIdBinding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NotifyIdBinding as default
};
