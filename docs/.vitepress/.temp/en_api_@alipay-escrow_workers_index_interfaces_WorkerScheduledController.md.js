import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WorkerScheduledController","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/workers/index/interfaces/WorkerScheduledController.md","filePath":"en/api/@alipay-escrow/workers/index/interfaces/WorkerScheduledController.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/workers/index/interfaces/WorkerScheduledController.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/workers</a> / <a href="./../">index</a> / WorkerScheduledController</p><h1 id="interface-workerscheduledcontroller" tabindex="-1">Interface: WorkerScheduledController <a class="header-anchor" href="#interface-workerscheduledcontroller" aria-label="Permalink to &quot;Interface: WorkerScheduledController&quot;">​</a></h1><p>What Cloudflare passes to a <code>scheduled</code> handler (the fields the sweep reads).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-cron"></a> <code>cron</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The Cron Trigger that fired (e.g. <code>*/15 * * * *</code>).</td></tr><tr><td><a id="property-scheduledtime"></a> <code>scheduledTime</code></td><td><code>readonly</code></td><td><code>number</code></td><td>When it was due (epoch milliseconds).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/workers/index/interfaces/WorkerScheduledController.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WorkerScheduledController = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WorkerScheduledController as default
};
