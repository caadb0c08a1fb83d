import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EscrowWarning","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/interfaces/EscrowWarning.md","filePath":"en/api/@alipay-escrow/core/core/interfaces/EscrowWarning.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/interfaces/EscrowWarning.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / EscrowWarning</p><h1 id="interface-escrowwarning" tabindex="-1">Interface: EscrowWarning <a class="header-anchor" href="#interface-escrowwarning" aria-label="Permalink to &quot;Interface: EscrowWarning&quot;">​</a></h1><p>The facts of one warning, for a logger that writes structured records.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-channel"></a> <code>channel</code></td><td><a href="./../../store-kit/type-aliases/LogChannel"><code>LogChannel</code></a> | <code>null</code></td><td>How the message arrived (<code>notify</code>, <code>return</code>, …); null for <code>test-settings</code>.</td></tr><tr><td><a id="property-code"></a> <code>code</code></td><td><code>string</code></td><td>The error code (<code>AMOUNT_MISMATCH</code>, <code>SIGN_MISMATCH</code>, <code>CONFIG_INVALID</code>, …); <code>npx alipay-escrow explain CODE</code> explains it.</td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><a href="./../../handlers/type-aliases/EscrowWarningKind"><code>EscrowWarningKind</code></a></td><td>What the warning is about.</td></tr><tr><td><a id="property-logid"></a> <code>logId</code></td><td><code>string</code> | <code>null</code></td><td>The notification log entry of the message; null when none was written.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code> | <code>null</code></td><td>The order the message names, when it names one.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/interfaces/EscrowWarning.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EscrowWarning = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EscrowWarning as default
};
