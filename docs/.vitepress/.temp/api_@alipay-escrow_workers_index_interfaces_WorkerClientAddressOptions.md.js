import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WorkerClientAddressOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/workers/index/interfaces/WorkerClientAddressOptions.md","filePath":"api/@alipay-escrow/workers/index/interfaces/WorkerClientAddressOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/workers/index/interfaces/WorkerClientAddressOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/workers</a> / <a href="./../">index</a> / WorkerClientAddressOptions</p><h1 id="interface-workerclientaddressoptions" tabindex="-1">Interface: WorkerClientAddressOptions <a class="header-anchor" href="#interface-workerclientaddressoptions" aria-label="Permalink to &quot;Interface: WorkerClientAddressOptions&quot;">​</a></h1><p>Where the handlers take the client address from (it goes to the notification log and to <code>ipAllowList</code>). Cloudflare&#39;s edge writes the visitor&#39;s address into <code>CF-Connecting-IP</code>, replacing anything the client sent; every other way of running a Worker (a self-hosted <code>workerd serve</code>, another host, a proxy that is not Cloudflare&#39;s) passes on whatever the client wrote there.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./AlipayEscrowOptions"><code>AlipayEscrowOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-trustcfconnectingip"></a> <code>trustCfConnectingIp?</code></td><td><code>boolean</code></td><td>Whether the <code>CF-Connecting-IP</code> header is the client address. Default: only for a request that carries <code>request.cf</code>, the object Cloudflare&#39;s edge attaches to every request and a plain <code>workerd serve</code> does not; without it the address is unknown (null in the log, refused by <code>ipAllowList</code>). <code>wrangler dev</code> simulates <code>request.cf</code> locally and keeps a client&#39;s own <code>CF-Connecting-IP</code>, so there the address is whatever the client claims: set <code>false</code> when a local <code>wrangler dev</code> is reachable by others. <code>true</code>: always, for a Worker behind a proxy of your own that overwrites the header on every request. <code>false</code>: never.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/workers/index/interfaces/WorkerClientAddressOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WorkerClientAddressOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WorkerClientAddressOptions as default
};
