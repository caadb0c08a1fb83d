import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TestBuyer","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/TestBuyer.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/TestBuyer.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/TestBuyer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / TestBuyer</p><h1 id="interface-testbuyer" tabindex="-1">Interface: TestBuyer <a class="header-anchor" href="#interface-testbuyer" aria-label="Permalink to &quot;Interface: TestBuyer&quot;">​</a></h1><p>One test buyer account and what paying with it does.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-account"></a> <code>account</code></td><td><a href="./SandboxAccount"><code>SandboxAccount</code></a></td><td>The account (a login under <code>buyer.sandbox</code>, which is not a real mail domain).</td></tr><tr><td><a id="property-en"></a> <code>en</code></td><td><code>string</code></td><td>What it does, in English.</td></tr><tr><td><a id="property-outcome"></a> <code>outcome</code></td><td><a href="./../type-aliases/TestBuyerOutcome"><code>TestBuyerOutcome</code></a></td><td>What a payment by this account does.</td></tr><tr><td><a id="property-zh"></a> <code>zh</code></td><td><code>string</code></td><td>What it does, in Chinese (the cashier).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/TestBuyer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TestBuyer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TestBuyer as default
};
