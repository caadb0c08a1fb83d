import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RequestInfo","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/RequestInfo.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/RequestInfo.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/RequestInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / RequestInfo</p><h1 id="interface-requestinfo" tabindex="-1">Interface: RequestInfo <a class="header-anchor" href="#interface-requestinfo" aria-label="Permalink to &quot;Interface: RequestInfo&quot;">​</a></h1><p>What the server knows about a request beyond the web <code>Request</code> itself: the optional second argument of <code>handleNotify</code> and <code>handleReturn</code>. Adapters fill it in from their framework (the socket, Deno&#39;s <code>remoteAddr</code>, Cloudflare&#39;s header); leave a field out when the runtime cannot tell.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-remoteaddress"></a> <code>remoteAddress?</code></td><td><code>string</code></td><td>The client&#39;s IP address as the server saw the connection (not read from a header), for the notification log and <code>ipAllowList</code>. Behind a proxy, leave the header to <code>ipAllowList.trustedProxyHeader</code> instead of putting it here.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/RequestInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestInfo as default
};
