import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SignedMessage","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SignedMessage.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SignedMessage.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/SignedMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / SignedMessage</p><h1 id="interface-signedmessage" tabindex="-1">Interface: SignedMessage <a class="header-anchor" href="#interface-signedmessage" aria-label="Permalink to &quot;Interface: SignedMessage&quot;">​</a></h1><p>What <a href="./../functions/signMessage">signMessage</a> returns: a message signed as the gateway signs it, ready to send.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-encoded"></a> <code>encoded</code></td><td><code>string</code></td><td>The pairs form-encoded in <code>charset</code> (a POST body, or a query string).</td></tr><tr><td><a id="property-pairs"></a> <code>pairs</code></td><td>[<code>string</code>, <code>string</code>][]</td><td>Every parameter sent, <code>sign</code> and <code>sign_type</code> last.</td></tr><tr><td><a id="property-presign"></a> <code>presign</code></td><td><code>string</code></td><td>The pre-sign string (decoded text, without the key).</td></tr><tr><td><a id="property-sign"></a> <code>sign</code></td><td><code>string</code></td><td>The signature (<code>sign</code>): lowercase hex for MD5, base64 for RSA.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/SignedMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SignedMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SignedMessage as default
};
