import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: NotifyVerifyResult","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/interfaces/NotifyVerifyResult.md","filePath":"api/@alipay-escrow/core/protocol/interfaces/NotifyVerifyResult.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/interfaces/NotifyVerifyResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / NotifyVerifyResult</p><h1 id="interface-notifyverifyresult" tabindex="-1">Interface: NotifyVerifyResult <a class="header-anchor" href="#interface-notifyverifyresult" aria-label="Permalink to &quot;Interface: NotifyVerifyResult&quot;">​</a></h1><p>The outcome of asking the gateway <code>notify_verify</code> whether a notify_id is genuine.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-body"></a> <code>body?</code></td><td><code>string</code></td><td>The gateway&#39;s body (trimmed to 200 chars), for logs.</td></tr><tr><td><a id="property-outcome"></a> <code>outcome</code></td><td><code>&quot;verified&quot;</code> | <code>&quot;rejected&quot;</code> | <code>&quot;error&quot;</code> | <code>&quot;timeout&quot;</code></td><td>&#39;verified&#39; only when the gateway answered exactly <code>true</code>.</td></tr><tr><td><a id="property-status"></a> <code>status?</code></td><td><code>number</code></td><td>HTTP status, when a response arrived.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/interfaces/NotifyVerifyResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NotifyVerifyResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NotifyVerifyResult as default
};
