import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AlipayWorker<Env>","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/workers/index/interfaces/AlipayWorker.md","filePath":"api/@alipay-escrow/workers/index/interfaces/AlipayWorker.md"}');
const _sfc_main = { name: "api/@alipay-escrow/workers/index/interfaces/AlipayWorker.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/workers</a> / <a href="./../">index</a> / AlipayWorker</p><h1 id="interface-alipayworker-env" tabindex="-1">Interface: AlipayWorker&lt;Env&gt; <a class="header-anchor" href="#interface-alipayworker-env" aria-label="Permalink to &quot;Interface: AlipayWorker\\&lt;Env\\&gt;&quot;">​</a></h1><p>A module worker with the Alipay routes: <code>export default</code> it, or spread it into your own.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th></tr></thead><tbody><tr><td><a id="type-parameter-env"></a> <code>Env</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-fetch"></a> <code>fetch</code></td><td><a href="./../type-aliases/WorkerFetchHandler"><code>WorkerFetchHandler</code></a>&lt;<code>Env</code>&gt;</td><td>The fetch handler: notify and return paths go to the escrow, every other request to <code>options.fallback</code> (default 404).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/workers/index/interfaces/AlipayWorker.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AlipayWorker = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AlipayWorker as default
};
