import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerifyMessageOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/VerifyMessageOptions.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/VerifyMessageOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/VerifyMessageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / VerifyMessageOptions</p><h1 id="interface-verifymessageoptions" tabindex="-1">Interface: VerifyMessageOptions <a class="header-anchor" href="#interface-verifymessageoptions" aria-label="Permalink to &quot;Interface: VerifyMessageOptions&quot;">​</a></h1><p>Options of <a href="./../functions/verifyNotification">verifyNotification</a> and <a href="./../functions/verifyReturn">verifyReturn</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-charset"></a> <code>charset</code></td><td><a href="./../../charset/type-aliases/Charset"><code>Charset</code></a></td><td>The merchant&#39;s charset: the <code>_input_charset</code> its requests use, so the charset of the messages.</td></tr><tr><td><a id="property-checknotifyid"></a> <code>checkNotifyId</code></td><td>| <code>false</code> | <a href="./../../protocol/type-aliases/NotifyIdChecker"><code>NotifyIdChecker</code></a></td><td>Asks the gateway whether the notify_id is genuine (<code>gatewayClient.notifyVerify</code>). <code>false</code> skips only that remote call (offline checks, tests); a notify_id is still required.</td></tr><tr><td><a id="property-diagnose"></a> <code>diagnose?</code></td><td><code>boolean</code></td><td>On a signature mismatch, try the usual ways a genuine message gets broken (wrong charset, a parameter added after signing, <code>+</code> read as a plus…) and name the one that fits, e.g. CHARSET_MISMATCH. Each guess costs a full signature check, so it is off by default: the handlers answer plain SIGN_MISMATCH, and diagnosis runs when someone asks (the CLI, the log page, <a href="./../../protocol/functions/diagnoseMessage">diagnoseMessage</a>). Default false.</td></tr><tr><td><a id="property-keys"></a> <code>keys</code></td><td><a href="./../type-aliases/SignatureKeys"><code>SignatureKeys</code></a></td><td>MD5 key, or RSA with Alipay&#39;s public key.</td></tr><tr><td><a id="property-maxbodybytes"></a> <code>maxBodyBytes?</code></td><td><code>number</code></td><td>Default 64 KiB.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/VerifyMessageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerifyMessageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerifyMessageOptions as default
};
