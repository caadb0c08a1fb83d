import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxPages","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/SandboxPages.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/SandboxPages.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/SandboxPages.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / SandboxPages</p><h1 id="interface-sandboxpages" tabindex="-1">Interface: SandboxPages <a class="header-anchor" href="#interface-sandboxpages" aria-label="Permalink to &quot;Interface: SandboxPages&quot;">​</a></h1><p>The URLs of a launched sandbox&#39;s pages (<a href="./LaunchJson#property-pages">LaunchJson.pages</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-api"></a> <code>api</code></td><td><code>string</code></td><td><code>\${url}/sandbox/api/trades</code>: the test API.</td></tr><tr><td><a id="property-buyer"></a> <code>buyer</code></td><td><code>string</code></td><td><code>\${url}/sandbox/buyer</code>: the buyer center.</td></tr><tr><td><a id="property-seller"></a> <code>seller</code></td><td><code>string</code></td><td><code>\${url}/sandbox/seller</code>: the seller center.</td></tr><tr><td><a id="property-trades"></a> <code>trades</code></td><td><code>string</code></td><td><code>\${url}/sandbox</code>: trades and notifications.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/SandboxPages.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxPages = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxPages as default
};
