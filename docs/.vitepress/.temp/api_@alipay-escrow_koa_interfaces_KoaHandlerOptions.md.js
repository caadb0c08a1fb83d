import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KoaHandlerOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/koa/interfaces/KoaHandlerOptions.md","filePath":"api/@alipay-escrow/koa/interfaces/KoaHandlerOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/koa/interfaces/KoaHandlerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/koa</a> / KoaHandlerOptions</p><h1 id="interface-koahandleroptions" tabindex="-1">Interface: KoaHandlerOptions <a class="header-anchor" href="#interface-koahandleroptions" aria-label="Permalink to &quot;Interface: KoaHandlerOptions&quot;">​</a></h1><p>Options of <a href="./../functions/notifyHandler">notifyHandler</a> and <a href="./../functions/returnHandler">returnHandler</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-remoteaddress"></a> <code>remoteAddress?</code></td><td>(<code>ctx</code>) =&gt; <code>string</code> | <code>undefined</code></td><td>The client&#39;s address, for the IP allow-list and the log. Default: the socket&#39;s peer (<code>ctx.req.socket.remoteAddress</code>). Behind a proxy, set <code>ipAllowList.trustedProxyHeader</code> in the escrow options rather than trusting <code>ctx.ip</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/koa/interfaces/KoaHandlerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KoaHandlerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KoaHandlerOptions as default
};
