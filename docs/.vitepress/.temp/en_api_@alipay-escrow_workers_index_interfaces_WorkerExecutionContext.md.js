import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WorkerExecutionContext","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/workers/index/interfaces/WorkerExecutionContext.md","filePath":"en/api/@alipay-escrow/workers/index/interfaces/WorkerExecutionContext.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/workers/index/interfaces/WorkerExecutionContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/workers</a> / <a href="./../">index</a> / WorkerExecutionContext</p><h1 id="interface-workerexecutioncontext" tabindex="-1">Interface: WorkerExecutionContext <a class="header-anchor" href="#interface-workerexecutioncontext" aria-label="Permalink to &quot;Interface: WorkerExecutionContext&quot;">​</a></h1><p>What the handlers need of the third <code>fetch</code> argument. Cloudflare&#39;s <code>ExecutionContext</code> (@cloudflare/workers-types, or <code>wrangler types</code>) satisfies it; typed structurally so the package&#39;s types do not depend on which of the two a project uses.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="waituntil" tabindex="-1">waitUntil() <a class="header-anchor" href="#waituntil" aria-label="Permalink to &quot;waitUntil()&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">waitUntil</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(promise): </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">void</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Keeps the isolate alive until <code>promise</code> settles, after the response was returned.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>promise</code></td><td><code>Promise</code>&lt;<code>unknown</code>&gt;</td></tr></tbody></table><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/workers/index/interfaces/WorkerExecutionContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WorkerExecutionContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WorkerExecutionContext as default
};
