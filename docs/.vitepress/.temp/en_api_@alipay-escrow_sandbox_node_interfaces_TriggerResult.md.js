import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TriggerResult","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/TriggerResult.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/TriggerResult.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/TriggerResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / TriggerResult</p><h1 id="interface-triggerresult" tabindex="-1">Interface: TriggerResult <a class="header-anchor" href="#interface-triggerresult" aria-label="Permalink to &quot;Interface: TriggerResult&quot;">​</a></h1><p>What <a href="./../functions/triggerNotification">triggerNotification</a> resolves to.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-acknowledged"></a> <code>acknowledged</code></td><td><code>number</code></td><td>Deliveries answered HTTP 200 with exactly <code>success</code>.</td></tr><tr><td><a id="property-charset"></a> <code>charset</code></td><td><code>string</code></td><td>The charset the body was encoded and signed in.</td></tr><tr><td><a id="property-first"></a> <code>first</code></td><td><a href="./TriggerDelivery"><code>TriggerDelivery</code></a></td><td>The first delivery&#39;s outcome.</td></tr><tr><td><a id="property-last"></a> <code>last</code></td><td><a href="./TriggerDelivery"><code>TriggerDelivery</code></a></td><td>The last delivery&#39;s outcome.</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The notification&#39;s <code>notify_id</code>; the sandbox&#39;s notify_verify confirms it for 24 h 22 min.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code></td><td>The <code>out_trade_no</code> sent.</td></tr><tr><td><a id="property-params"></a> <code>params</code></td><td>[<code>string</code>, <code>string</code>][]</td><td>The notification&#39;s parameters as sent.</td></tr><tr><td><a id="property-replies"></a> <code>replies</code></td><td><code>Record</code>&lt;<code>string</code>, <code>number</code>&gt;</td><td>How often each answer came: <code>200 &quot;success&quot;</code>, <code>500 &quot;…&quot;</code>, <code>no answer: …</code>.</td></tr><tr><td><a id="property-sent"></a> <code>sent</code></td><td><code>number</code></td><td>Deliveries made (= <code>count</code>).</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code></td><td>The <code>trade_no</code> sent.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/TriggerResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TriggerResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TriggerResult as default
};
