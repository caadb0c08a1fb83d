import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TriggerDelivery","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/TriggerDelivery.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/TriggerDelivery.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/TriggerDelivery.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / TriggerDelivery</p><h1 id="interface-triggerdelivery" tabindex="-1">Interface: TriggerDelivery <a class="header-anchor" href="#interface-triggerdelivery" aria-label="Permalink to &quot;Interface: TriggerDelivery&quot;">​</a></h1><p>One delivery of a triggered notification.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-acknowledged"></a> <code>acknowledged</code></td><td><code>boolean</code></td><td>HTTP 200 with the body exactly <code>success</code>.</td></tr><tr><td><a id="property-error"></a> <code>error?</code></td><td><code>string</code></td><td>Why no answer came: <code>no answer within N ms</code> or <code>network error: …</code>.</td></tr><tr><td><a id="property-httpstatus"></a> <code>httpStatus</code></td><td><code>number</code> | <code>null</code></td><td>The HTTP status of the merchant&#39;s answer; null when none came.</td></tr><tr><td><a id="property-reply"></a> <code>reply</code></td><td><code>string</code> | <code>null</code></td><td>The first 200 characters of the answer.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/TriggerDelivery.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TriggerDelivery = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TriggerDelivery as default
};
