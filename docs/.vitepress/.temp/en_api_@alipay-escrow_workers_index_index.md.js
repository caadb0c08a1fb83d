import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"index","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/workers/index/index.md","filePath":"en/api/@alipay-escrow/workers/index/index.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/workers/index/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/workers</a> / index</p><h1 id="index" tabindex="-1">index <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index&quot;">​</a></h1><p><code>@alipay-escrow/workers</code> — the Alipay escrow notify/return endpoints as a Cloudflare module-worker <code>fetch</code> handler. Options may be a function of <code>env</code> (secrets such as ALIPAY_KEY, the D1 binding for <code>createSqlStore(d1Database(env.DB))</code>); the Escrow is built once per isolate and env object. A Worker that only receives can use <code>@alipay-escrow/workers/receiver</code> instead: the same handlers over createReceiver, a much smaller bundle.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AlipayEscrowOptions">AlipayEscrowOptions</a></li><li><a href="./interfaces/AlipayWorker">AlipayWorker</a></li><li><a href="./interfaces/WorkerClientAddressOptions">WorkerClientAddressOptions</a></li><li><a href="./interfaces/WorkerExecutionContext">WorkerExecutionContext</a></li><li><a href="./interfaces/WorkerScheduledController">WorkerScheduledController</a></li><li><a href="./interfaces/WorkerSweepSchedule">WorkerSweepSchedule</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/EscrowInput">EscrowInput</a></li><li><a href="./type-aliases/WorkerEscrowInput">WorkerEscrowInput</a></li><li><a href="./type-aliases/WorkerFetchHandler">WorkerFetchHandler</a></li><li><a href="./type-aliases/WorkerScheduledHandler">WorkerScheduledHandler</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/alipayEscrow">alipayEscrow</a></li><li><a href="./functions/cloudflareClientAddress">cloudflareClientAddress</a></li><li><a href="./functions/notifyHandler">notifyHandler</a></li><li><a href="./functions/returnHandler">returnHandler</a></li><li><a href="./functions/sweepHandler">sweepHandler</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/workers/index/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
