import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SweepResult","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/SweepResult.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/SweepResult.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/SweepResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / SweepResult</p><h1 id="interface-sweepresult" tabindex="-1">Interface: SweepResult <a class="header-anchor" href="#interface-sweepresult" aria-label="Permalink to &quot;Interface: SweepResult&quot;">​</a></h1><p>What one <a href="./Escrow#sweep">Escrow.sweep</a> run did, per order.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alreadyreported"></a> <code>alreadyReported</code></td><td><code>number</code></td><td>Stuck orders already reported by an earlier run, in the same state (not reported again).</td></tr><tr><td><a id="property-complete"></a> <code>complete</code></td><td><code>boolean</code></td><td>False when <code>maxOrders</code> was reached or the gateway kept failing: run again soon.</td></tr><tr><td><a id="property-effectsrun"></a> <code>effectsRun</code></td><td><a href="./../../handlers/interfaces/SweepEffectsRun"><code>SweepEffectsRun</code></a>[]</td><td>Effects run for orders a tool with <code>deferEffects</code> (<code>alipay-escrow replay</code> / <code>reconcile</code>) left them pending for: each order and the keys whose hooks ran. A hook that throws is reported as <code>effects_owed</code> and run again by the next sweep.</td></tr><tr><td><a id="property-examined"></a> <code>examined</code></td><td><code>number</code></td><td>How many stuck orders (and anomalies) were looked at.</td></tr><tr><td><a id="property-failed"></a> <code>failed</code></td><td><a href="./../../handlers/interfaces/SweepFailure"><code>SweepFailure</code></a>[]</td><td>Orders the run could not handle: the gateway failed, or <code>onStuck</code> threw.</td></tr><tr><td><a id="property-reconciled"></a> <code>reconciled</code></td><td><a href="./../../handlers/interfaces/SweepReconciled"><code>SweepReconciled</code></a>[]</td><td>Orders brought up to Alipay&#39;s state by a reconcile (not reported).</td></tr><tr><td><a id="property-reported"></a> <code>reported</code></td><td><a href="./StuckReport"><code>StuckReport</code></a>[]</td><td>Reports handed to <code>onStuck</code> in this run (each order, reason and version once across runs).</td></tr><tr><td><a id="property-startedat"></a> <code>startedAt</code></td><td><code>string</code></td><td>When the run started (ISO 8601, from the escrow&#39;s clock); limits count back from it.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/SweepResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SweepResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SweepResult as default
};
