import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunningSandbox","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/RunningSandbox.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/RunningSandbox.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/RunningSandbox.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / RunningSandbox</p><h1 id="interface-runningsandbox" tabindex="-1">Interface: RunningSandbox <a class="header-anchor" href="#interface-runningsandbox" aria-label="Permalink to &quot;Interface: RunningSandbox&quot;">​</a></h1><p>What <a href="./../functions/startSandbox">startSandbox</a> resolves to: the listening server&#39;s URLs, the sandbox, and <code>stop</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-gatewayurl"></a> <code>gatewayUrl</code></td><td><code>string</code></td><td><code>\${url}/gateway.do</code>: the merchant&#39;s gatewayUrl.</td></tr><tr><td><a id="property-sandbox"></a> <code>sandbox</code></td><td><a href="./../../sandbox/interfaces/Sandbox"><code>Sandbox</code></a></td><td>The sandbox itself: its clock (<code>sandbox.clock.advance(seconds)</code>) and <code>fetch</code>.</td></tr><tr><td><a id="property-url"></a> <code>url</code></td><td><code>string</code></td><td><code>http://127.0.0.1:&lt;port&gt;</code></td></tr></tbody></table><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="stop" tabindex="-1">stop() <a class="header-anchor" href="#stop" aria-label="Permalink to &quot;stop()&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">stop</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(): </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">Promise</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;void&gt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Stops deliveries, then the server; closes the SQLite file if this call opened it.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/RunningSandbox.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunningSandbox = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunningSandbox as default
};
