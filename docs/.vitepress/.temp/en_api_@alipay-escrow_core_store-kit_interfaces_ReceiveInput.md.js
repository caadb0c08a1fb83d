import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReceiveInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/ReceiveInput.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/ReceiveInput.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/ReceiveInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / ReceiveInput</p><h1 id="interface-receiveinput" tabindex="-1">Interface: ReceiveInput <a class="header-anchor" href="#interface-receiveinput" aria-label="Permalink to &quot;Interface: ReceiveInput&quot;">​</a></h1><p>What the first step of applying a genuine message records and reads, in ONE atomic round trip (see <a href="./EscrowStore#receive">EscrowStore.receive</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-binding"></a> <code>binding?</code></td><td><a href="./NotifyIdBinding"><code>NotifyIdBinding</code></a></td><td>The message&#39;s notify_id, bound to its trade unless bound already (insert-if-absent). Only with an outTradeNo.</td></tr><tr><td><a id="property-log"></a> <code>log?</code></td><td><a href="./NotificationLogEntry"><code>NotificationLogEntry</code></a></td><td>The message&#39;s log entry, appended (an id already taken throws INTERNAL_ERROR and writes nothing).</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code> | <code>null</code></td><td>The order the message names, read in the same step; null when it names none.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/ReceiveInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReceiveInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReceiveInput as default
};
