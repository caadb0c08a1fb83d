import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"adapter-kit","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/adapter-kit/index.md","filePath":"en/api/@alipay-escrow/core/adapter-kit/index.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/adapter-kit/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/core</a> / adapter-kit</p><h1 id="adapter-kit" tabindex="-1">adapter-kit <a class="header-anchor" href="#adapter-kit" aria-label="Permalink to &quot;adapter-kit&quot;">​</a></h1><p><code>@alipay-escrow/core/adapter-kit</code> — what every framework adapter shares, for writing one of your own: accepting options or a built Escrow, the <a href="./../core/interfaces/RequestInfo">RequestInfo</a> (the client&#39;s address), and the two routes with the default paths every adapter uses (<code>/alipay/notify</code>, <code>/alipay/return</code>). Web APIs only. The adapter translates its framework&#39;s request into a web Request (raw body bytes intact) and the Response back; core decides everything else.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AlipayPaths">AlipayPaths</a></li><li><a href="./interfaces/EscrowEndpoints">EscrowEndpoints</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/AlipayRoute">AlipayRoute</a></li><li><a href="./type-aliases/EscrowInput">EscrowInput</a></li><li><a href="./type-aliases/ResolvedAlipayPaths">ResolvedAlipayPaths</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/DEFAULT_NOTIFY_PATH">DEFAULT_NOTIFY_PATH</a></li><li><a href="./variables/DEFAULT_RETURN_PATH">DEFAULT_RETURN_PATH</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/alipayPaths">alipayPaths</a></li><li><a href="./functions/matchRoute">matchRoute</a></li><li><a href="./functions/requestInfo">requestInfo</a></li><li><a href="./functions/routeEscrow">routeEscrow</a></li><li><a href="./functions/toEndpoints">toEndpoints</a></li><li><a href="./functions/toEscrow">toEscrow</a></li></ul><h2 id="references" tabindex="-1">References <a class="header-anchor" href="#references" aria-label="Permalink to &quot;References&quot;">​</a></h2><h3 id="requestinfo" tabindex="-1">RequestInfo <a class="header-anchor" href="#requestinfo" aria-label="Permalink to &quot;RequestInfo&quot;">​</a></h3><p>Re-exports <a href="./../core/interfaces/RequestInfo">RequestInfo</a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/adapter-kit/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
