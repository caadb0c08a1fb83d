import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IpAllowListOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/core/interfaces/IpAllowListOptions.md","filePath":"api/@alipay-escrow/core/core/interfaces/IpAllowListOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/core/interfaces/IpAllowListOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / IpAllowListOptions</p><h1 id="interface-ipallowlistoptions" tabindex="-1">Interface: IpAllowListOptions <a class="header-anchor" href="#interface-ipallowlistoptions" aria-label="Permalink to &quot;Interface: IpAllowListOptions&quot;">​</a></h1><p>The source-address check for notify_url (only <code>handleNotify</code> uses it). A request from outside the ranges is logged as rejected with IP_NOT_ALLOWED and answered <code>fail</code> with HTTP 403; so is one whose address is unknown. Pass <code>{}</code> for Alipay&#39;s documented ranges. A bad range or header name throws CONFIG_INVALID from <a href="./../functions/createEscrow">createEscrow</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-ranges"></a> <code>ranges?</code></td><td><code>string</code>[]</td><td>IPv4 CIDR ranges. Default: Alipay&#39;s 121.0.26.0/23, 110.75.128.0/19, 115.124.16.0/24 (guide §4.2).</td></tr><tr><td><a id="property-trustedproxyheader"></a> <code>trustedProxyHeader?</code></td><td><code>string</code></td><td>A header YOUR reverse proxy appends the client&#39;s address to (e.g. <code>x-forwarded-for</code>). The address used is the entry <a href="#property-trustedproxyhops">IpAllowListOptions.trustedProxyHops</a> from the right: the one your proxy wrote. Entries to its left come from the client and are never trusted. A header with fewer entries than that makes the address unknown (refused). Set it only behind your own proxy; a single-value header (<code>x-real-ip</code>, <code>cf-connecting-ip</code>) is safe only when that proxy overwrites it on every request. Without it, the adapter&#39;s connection address counts.</td></tr><tr><td><a id="property-trustedproxyhops"></a> <code>trustedProxyHops?</code></td><td><code>number</code></td><td>How many of your own proxies append to <code>trustedProxyHeader</code>, hence which entry, counted from the right, is the client: 1 (the default) for one reverse proxy, 2 for a load balancer in front of it, and so on (a whole number from 1 to 16, CONFIG_INVALID otherwise; only with <code>trustedProxyHeader</code>).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/core/interfaces/IpAllowListOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IpAllowListOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IpAllowListOptions as default
};
