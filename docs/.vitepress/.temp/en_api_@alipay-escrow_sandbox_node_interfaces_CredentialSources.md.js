import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CredentialSources","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/CredentialSources.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/CredentialSources.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/CredentialSources.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / CredentialSources</p><h1 id="interface-credentialsources" tabindex="-1">Interface: CredentialSources <a class="header-anchor" href="#interface-credentialsources" aria-label="Permalink to &quot;Interface: CredentialSources&quot;">​</a></h1><p>Where each credential of a launch came from (<a href="./../type-aliases/CredentialSource">CredentialSource</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-key"></a> <code>key</code></td><td><a href="./../type-aliases/CredentialSource"><code>CredentialSource</code></a></td><td>Where the MD5 key came from.</td></tr><tr><td><a id="property-partner"></a> <code>partner</code></td><td><a href="./../type-aliases/CredentialSource"><code>CredentialSource</code></a></td><td>Where the partner id came from.</td></tr><tr><td><a id="property-seller"></a> <code>seller</code></td><td><a href="./../type-aliases/CredentialSource"><code>CredentialSource</code></a></td><td>Where the seller came from.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/CredentialSources.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CredentialSources = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CredentialSources as default
};
