import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VerifiedMessage","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/VerifiedMessage.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/VerifiedMessage.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/VerifiedMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / VerifiedMessage</p><h1 id="interface-verifiedmessage" tabindex="-1">Interface: VerifiedMessage <a class="header-anchor" href="#interface-verifiedmessage" aria-label="Permalink to &quot;Interface: VerifiedMessage&quot;">​</a></h1><p>A genuine message: signature right and notify_id confirmed (unless the check was skipped).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><code>&quot;OK&quot;</code></td><td>Always <code>&#39;OK&#39;</code>.</td></tr><tr><td><a id="property-notifycheck"></a> <code>notifyCheck?</code></td><td><a href="./NotifyVerifyResult"><code>NotifyVerifyResult</code></a></td><td>The gateway&#39;s answer about notify_id, unless the check was skipped.</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The message&#39;s <code>notify_id</code> (never empty).</td></tr><tr><td><a id="property-params"></a> <code>params</code></td><td><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</td><td>Every received parameter, decoded with the configured charset, in an object without a prototype (so a parameter named <code>__proto__</code> or <code>constructor</code> is kept as data).</td></tr><tr><td><a id="property-presign"></a> <code>presign</code></td><td><code>string</code></td><td>The pre-sign string (as text) the signature was checked over.</td></tr><tr><td><a id="property-signtype"></a> <code>signType</code></td><td><a href="./../type-aliases/SignType"><code>SignType</code></a></td><td>The algorithm the signature was checked with (the configured one).</td></tr><tr><td><a id="property-valid"></a> <code>valid</code></td><td><code>true</code></td><td>Always true here; test it to tell the two results apart.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/VerifiedMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VerifiedMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VerifiedMessage as default
};
