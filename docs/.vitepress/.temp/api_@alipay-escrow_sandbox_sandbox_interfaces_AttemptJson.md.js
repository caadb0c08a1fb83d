import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttemptJson","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptJson.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptJson.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptJson.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / AttemptJson</p><h1 id="interface-attemptjson" tabindex="-1">Interface: AttemptJson <a class="header-anchor" href="#interface-attemptjson" aria-label="Permalink to &quot;Interface: AttemptJson&quot;">​</a></h1><p>One delivery attempt, as the test API shows it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>string</code></td><td>ISO 8601, sandbox clock.</td></tr><tr><td><a id="property-error"></a> <code>error?</code></td><td><code>string</code></td><td>Only when no HTTP answer came: why (chaos drop, network error, timeout).</td></tr><tr><td><a id="property-httpstatus"></a> <code>httpStatus</code></td><td><code>number</code> | <code>null</code></td><td>null when no HTTP answer came.</td></tr><tr><td><a id="property-reply"></a> <code>reply</code></td><td><code>string</code> | <code>null</code></td><td>The first 200 characters of the merchant&#39;s answer; null without one.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/AttemptJson.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttemptJson = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttemptJson as default
};
