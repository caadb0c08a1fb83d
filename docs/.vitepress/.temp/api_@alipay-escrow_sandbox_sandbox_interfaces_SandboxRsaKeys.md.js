import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxRsaKeys","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxRsaKeys.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxRsaKeys.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxRsaKeys.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / SandboxRsaKeys</p><h1 id="interface-sandboxrsakeys" tabindex="-1">Interface: SandboxRsaKeys <a class="header-anchor" href="#interface-sandboxrsakeys" aria-label="Permalink to &quot;Interface: SandboxRsaKeys&quot;">​</a></h1><p>RSA keys of the sandbox.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-alipayprivatekey"></a> <code>alipayPrivateKey</code></td><td><a href="./../../../core/protocol/type-aliases/RsaKeyInput"><code>RsaKeyInput</code></a></td><td>The sandbox&#39;s &quot;Alipay&quot; private key: signs notifications, returns and XML replies.</td></tr><tr><td><a id="property-merchantpublickey"></a> <code>merchantPublicKey</code></td><td><a href="./../../../core/protocol/type-aliases/RsaKeyInput"><code>RsaKeyInput</code></a></td><td>The merchant&#39;s public key: verifies requests signed with sign_type=RSA.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxRsaKeys.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxRsaKeys = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxRsaKeys as default
};
