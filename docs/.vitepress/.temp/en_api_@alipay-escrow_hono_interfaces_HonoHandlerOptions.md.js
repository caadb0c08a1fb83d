import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HonoHandlerOptions<E>","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/hono/interfaces/HonoHandlerOptions.md","filePath":"en/api/@alipay-escrow/hono/interfaces/HonoHandlerOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/hono/interfaces/HonoHandlerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/hono</a> / HonoHandlerOptions</p><h1 id="interface-honohandleroptions-e" tabindex="-1">Interface: HonoHandlerOptions&lt;E&gt; <a class="header-anchor" href="#interface-honohandleroptions-e" aria-label="Permalink to &quot;Interface: HonoHandlerOptions\\&lt;E\\&gt;&quot;">​</a></h1><p>Options of <a href="./../functions/notifyHandler">notifyHandler</a> and <a href="./../functions/returnHandler">returnHandler</a>: how to learn the client&#39;s address from Hono&#39;s context.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li></ul><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th><th>Default type</th></tr></thead><tbody><tr><td><a id="type-parameter-e"></a> <code>E</code> <em>extends</em> <code>Env</code></td><td><code>any</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-remoteaddress"></a> <code>remoteAddress?</code></td><td>(<code>c</code>) =&gt; <code>string</code> | <code>undefined</code></td><td>The client&#39;s address, for the IP allow-list and the log. Hono has no portable way to know it: pass <code>(c) =&gt; getConnInfo(c).remote.address</code> with <code>getConnInfo</code> from your runtime&#39;s adapter (<code>@hono/node-server/conninfo</code>, <code>hono/cloudflare-workers</code>, <code>hono/deno</code>, <code>hono/bun</code>).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/hono/interfaces/HonoHandlerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HonoHandlerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HonoHandlerOptions as default
};
