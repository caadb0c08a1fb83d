import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WorkerSweepSchedule<Env>","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/workers/index/interfaces/WorkerSweepSchedule.md","filePath":"api/@alipay-escrow/workers/index/interfaces/WorkerSweepSchedule.md"}');
const _sfc_main = { name: "api/@alipay-escrow/workers/index/interfaces/WorkerSweepSchedule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/workers</a> / <a href="./../">index</a> / WorkerSweepSchedule</p><h1 id="interface-workersweepschedule-env" tabindex="-1">Interface: WorkerSweepSchedule&lt;Env&gt; <a class="header-anchor" href="#interface-workersweepschedule-env" aria-label="Permalink to &quot;Interface: WorkerSweepSchedule\\&lt;Env\\&gt;&quot;">​</a></h1><p>What the scheduled sweep runs with.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th></tr></thead><tbody><tr><td><a id="type-parameter-env"></a> <code>Env</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-onresult"></a> <code>onResult?</code></td><td>(<code>result</code>, <code>env</code>) =&gt; <code>unknown</code></td><td>Told every run&#39;s result (for your own metrics or logs); may be async.</td></tr><tr><td><a id="property-sweep"></a> <code>sweep?</code></td><td>| <a href="./../../../core/core/interfaces/SweepOptions"><code>SweepOptions</code></a> | ((<code>env</code>) =&gt; <a href="./../../../core/core/interfaces/SweepOptions"><code>SweepOptions</code></a>)</td><td>The sweep&#39;s limits (see SweepOptions in @alipay-escrow/core), or a function of <code>env</code>. Default: the defaults.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/workers/index/interfaces/WorkerSweepSchedule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WorkerSweepSchedule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WorkerSweepSchedule as default
};
