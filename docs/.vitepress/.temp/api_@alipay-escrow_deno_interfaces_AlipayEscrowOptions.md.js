import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AlipayEscrowOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/deno/interfaces/AlipayEscrowOptions.md","filePath":"api/@alipay-escrow/deno/interfaces/AlipayEscrowOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/deno/interfaces/AlipayEscrowOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/deno</a> / AlipayEscrowOptions</p><h1 id="interface-alipayescrowoptions" tabindex="-1">Interface: AlipayEscrowOptions <a class="header-anchor" href="#interface-alipayescrowoptions" aria-label="Permalink to &quot;Interface: AlipayEscrowOptions&quot;">​</a></h1><p>Options of <a href="./../functions/alipayEscrow">alipayEscrow</a>: the two paths, compared exactly with the request URL&#39;s pathname (<code>/alipay/notify</code> and <code>/alipay/return</code> unless given, the defaults of every adapter; every method goes to the handler, which answers 405 itself), and what answers every other request.</p><h2 id="extends" tabindex="-1">Extends <a class="header-anchor" href="#extends" aria-label="Permalink to &quot;Extends&quot;">​</a></h2><ul><li><a href="./../../core/adapter-kit/interfaces/AlipayPaths"><code>AlipayPaths</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th><th>Inherited from</th></tr></thead><tbody><tr><td><a id="property-fallback"></a> <code>fallback?</code></td><td>(<code>request</code>, <code>info?</code>) =&gt; <code>Response</code> | <code>Promise</code>&lt;<code>Response</code>&gt;</td><td>Every other request; default: 404.</td><td>-</td></tr><tr><td><a id="property-notifypath"></a> <code>notifyPath?</code></td><td><code>string</code></td><td>Where notifications arrive (the path of <code>notify_url</code>). Default <code>/alipay/notify</code>.</td><td><a href="./../../core/adapter-kit/interfaces/AlipayPaths"><code>AlipayPaths</code></a>.<a href="./../../core/adapter-kit/interfaces/AlipayPaths#property-notifypath"><code>notifyPath</code></a></td></tr><tr><td><a id="property-returnpath"></a> <code>returnPath?</code></td><td><code>string</code></td><td>Where the buyer&#39;s browser comes back (the path of <code>return_url</code>). Default <code>/alipay/return</code>.</td><td><a href="./../../core/adapter-kit/interfaces/AlipayPaths"><code>AlipayPaths</code></a>.<a href="./../../core/adapter-kit/interfaces/AlipayPaths#property-returnpath"><code>returnPath</code></a></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/deno/interfaces/AlipayEscrowOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AlipayEscrowOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AlipayEscrowOptions as default
};
