import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AlipayPaths","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/adapter-kit/interfaces/AlipayPaths.md","filePath":"api/@alipay-escrow/core/adapter-kit/interfaces/AlipayPaths.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/adapter-kit/interfaces/AlipayPaths.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">adapter-kit</a> / AlipayPaths</p><h1 id="interface-alipaypaths" tabindex="-1">Interface: AlipayPaths <a class="header-anchor" href="#interface-alipaypaths" aria-label="Permalink to &quot;Interface: AlipayPaths&quot;">​</a></h1><p>The two paths an adapter&#39;s <code>alipayEscrow</code> answers, compared exactly with the request&#39;s path (no trailing-slash or case folding). Every adapter&#39;s options extend this, with the same defaults.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./../../../hono/interfaces/AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li><li><a href="./../../../koa/interfaces/AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li><li><a href="./../../../workers/index/interfaces/AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li><li><a href="./../../../deno/interfaces/AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-notifypath"></a> <code>notifyPath?</code></td><td><code>string</code></td><td>Where notifications arrive (the path of <code>notify_url</code>). Default <code>/alipay/notify</code>.</td></tr><tr><td><a id="property-returnpath"></a> <code>returnPath?</code></td><td><code>string</code></td><td>Where the buyer&#39;s browser comes back (the path of <code>return_url</code>). Default <code>/alipay/return</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/adapter-kit/interfaces/AlipayPaths.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AlipayPaths = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AlipayPaths as default
};
