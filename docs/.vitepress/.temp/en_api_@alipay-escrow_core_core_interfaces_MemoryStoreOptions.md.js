import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MemoryStoreOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/MemoryStoreOptions.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/MemoryStoreOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/MemoryStoreOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / MemoryStoreOptions</p><h1 id="interface-memorystoreoptions" tabindex="-1">Interface: MemoryStoreOptions <a class="header-anchor" href="#interface-memorystoreoptions" aria-label="Permalink to &quot;Interface: MemoryStoreOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createMemoryStore">createMemoryStore</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-maxlogentries"></a> <code>maxLogEntries?</code></td><td><code>number</code></td><td>The most log entries kept (default 10 000): appending one more drops the oldest appended, so a flood of requests cannot exhaust the process&#39;s memory. A positive whole number.</td></tr><tr><td><a id="property-now"></a> <s><code>now?</code></s></td><td>() =&gt; <code>Date</code></td><td>Ignored: every method that compares leases is now given the time (a claim&#39;s <code>now</code>). <strong>Deprecated</strong> Leave it out; it has no effect.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/MemoryStoreOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MemoryStoreOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MemoryStoreOptions as default
};
