import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedReceive","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/CheckedReceive.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/CheckedReceive.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/CheckedReceive.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedReceive</p><h1 id="interface-checkedreceive" tabindex="-1">Interface: CheckedReceive <a class="header-anchor" href="#interface-checkedreceive" aria-label="Permalink to &quot;Interface: CheckedReceive&quot;">​</a></h1><p>receive&#39;s input once checked: the binding normalised (its time canonical), the log&#39;s time too.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-binding"></a> <code>binding</code></td><td><a href="./NotifyIdBinding"><code>NotifyIdBinding</code></a> | <code>undefined</code></td><td>The checked binding, when one was given.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code> | <code>null</code></td><td>The order to read; null: none.</td></tr><tr><td><a id="property-receivedat"></a> <code>receivedAt</code></td><td><code>string</code> | <code>undefined</code></td><td>The log entry&#39;s <code>receivedAt</code> as canonical ISO text, when a log entry was given.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/CheckedReceive.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedReceive = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedReceive as default
};
