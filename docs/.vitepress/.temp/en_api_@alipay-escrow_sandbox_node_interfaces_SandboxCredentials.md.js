import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxCredentials","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/SandboxCredentials.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/SandboxCredentials.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/SandboxCredentials.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / SandboxCredentials</p><h1 id="interface-sandboxcredentials" tabindex="-1">Interface: SandboxCredentials <a class="header-anchor" href="#interface-sandboxcredentials" aria-label="Permalink to &quot;Interface: SandboxCredentials&quot;">​</a></h1><p>The credentials a merchant configures to talk to a launched sandbox (all MD5).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-key"></a> <code>key</code></td><td><code>string</code></td><td>The MD5 key (安全校验码).</td></tr><tr><td><a id="property-partner"></a> <code>partner</code></td><td><code>string</code></td><td>The partner id: 2088 + 12 digits.</td></tr><tr><td><a id="property-seller"></a> <code>seller</code></td><td><a href="./SellerCredentials"><code>SellerCredentials</code></a></td><td>The receiving account.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/SandboxCredentials.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxCredentials = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxCredentials as default
};
