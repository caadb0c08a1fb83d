import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DenoKvStoreOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/deno-kv/interfaces/DenoKvStoreOptions.md","filePath":"en/api/@alipay-escrow/core/deno-kv/interfaces/DenoKvStoreOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/deno-kv/interfaces/DenoKvStoreOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">deno-kv</a> / DenoKvStoreOptions</p><h1 id="interface-denokvstoreoptions" tabindex="-1">Interface: DenoKvStoreOptions <a class="header-anchor" href="#interface-denokvstoreoptions" aria-label="Permalink to &quot;Interface: DenoKvStoreOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createDenoKvStore">createDenoKvStore</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-now"></a> <s><code>now?</code></s></td><td>() =&gt; <code>Date</code></td><td>Ignored: every method that compares leases is given the time (a claim&#39;s <code>now</code>). <strong>Deprecated</strong> Leave it out; it has no effect.</td></tr><tr><td><a id="property-prefix"></a> <code>prefix?</code></td><td>readonly <code>string</code>[]</td><td>The first parts of every key (default [&#39;alipay_escrow&#39;]): several stores can share one database.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/deno-kv/interfaces/DenoKvStoreOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DenoKvStoreOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DenoKvStoreOptions as default
};
