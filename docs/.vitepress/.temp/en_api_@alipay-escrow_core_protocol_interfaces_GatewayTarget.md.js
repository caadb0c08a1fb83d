import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: GatewayTarget","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/GatewayTarget.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/GatewayTarget.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/GatewayTarget.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / GatewayTarget</p><h1 id="interface-gatewaytarget" tabindex="-1">Interface: GatewayTarget <a class="header-anchor" href="#interface-gatewaytarget" aria-label="Permalink to &quot;Interface: GatewayTarget&quot;">​</a></h1><p>What <a href="./../functions/resolveGateway">resolveGateway</a> returns: the checked gateway URL and whether it is Alipay&#39;s production gateway.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-live"></a> <code>live</code></td><td><code>boolean</code></td><td>True for the production gateway: callbacks must then be reachable from the internet.</td></tr><tr><td><a id="property-url"></a> <code>url</code></td><td><code>string</code></td><td>The canonical gateway URL (no query, no fragment).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/GatewayTarget.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GatewayTarget = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GatewayTarget as default
};
