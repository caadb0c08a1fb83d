import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AlipayEscrowErrorInit","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorInit.md","filePath":"api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorInit.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorInit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">errors</a> / AlipayEscrowErrorInit</p><h1 id="interface-alipayescrowerrorinit" tabindex="-1">Interface: AlipayEscrowErrorInit <a class="header-anchor" href="#interface-alipayescrowerrorinit" aria-label="Permalink to &quot;Interface: AlipayEscrowErrorInit&quot;">​</a></h1><p>Optional details for <a href="./../../core/classes/AlipayEscrowError">AlipayEscrowError</a>&#39;s constructor; every field may be left out.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-cause"></a> <code>cause?</code></td><td><code>unknown</code></td><td>The underlying error (a network failure, a decoder error, ...), kept as the standard <code>Error.cause</code>.</td></tr><tr><td><a id="property-field"></a> <code>field?</code></td><td><code>string</code></td><td>The parameter or option at fault, when there is one.</td></tr><tr><td><a id="property-hint"></a> <code>hint?</code></td><td><code>string</code></td><td>What to do about it, in one sentence. Never contains a secret.</td></tr><tr><td><a id="property-status"></a> <code>status?</code></td><td><code>number</code></td><td>HTTP status an adapter should answer with when this error ends a request.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/errors/interfaces/AlipayEscrowErrorInit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AlipayEscrowErrorInit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AlipayEscrowErrorInit as default
};
