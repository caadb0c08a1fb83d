import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AlipayEscrowErrorJson","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorJson.md","filePath":"en/api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorJson.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / AlipayEscrowErrorJson</p><h1 id="interface-alipayescrowerrorjson" tabindex="-1">Interface: AlipayEscrowErrorJson <a class="header-anchor" href="#interface-alipayescrowerrorjson" aria-label="Permalink to &quot;Interface: AlipayEscrowErrorJson&quot;">​</a></h1><p>The plain-object form of an <a href="./../../core/classes/AlipayEscrowError">AlipayEscrowError</a>: what <code>JSON.stringify</code> writes for one.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-code"></a> <code>code</code></td><td><a href="./../../core/type-aliases/ErrorCode"><code>ErrorCode</code></a></td><td>The error code, as in <a href="./../../core/classes/AlipayEscrowError#code">AlipayEscrowError.code</a>.</td></tr><tr><td><a id="property-docs"></a> <code>docs</code></td><td><code>string</code></td><td>The docs page for the code.</td></tr><tr><td><a id="property-field"></a> <code>field?</code></td><td><code>string</code></td><td>The parameter or option at fault; absent when there is none.</td></tr><tr><td><a id="property-hint"></a> <code>hint?</code></td><td><code>string</code></td><td>What to do about it; absent when the error has no hint.</td></tr><tr><td><a id="property-message"></a> <code>message</code></td><td><code>string</code></td><td>The full message, hint, explain command and docs link included.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AlipayEscrowErrorJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AlipayEscrowErrorJson as default
};
