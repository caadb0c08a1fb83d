import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TestReturn","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/testing/interfaces/TestReturn.md","filePath":"en/api/@alipay-escrow/core/testing/interfaces/TestReturn.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/testing/interfaces/TestReturn.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">testing</a> / TestReturn</p><h1 id="interface-testreturn" tabindex="-1">Interface: TestReturn <a class="header-anchor" href="#interface-testreturn" aria-label="Permalink to &quot;Interface: TestReturn&quot;">​</a></h1><p>What <a href="./../functions/buildTestReturn">buildTestReturn</a> resolves to: the buyer&#39;s signed return visit.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The visit&#39;s <code>notify_id</code> (the input&#39;s, or a random base64-like one).</td></tr><tr><td><a id="property-params"></a> <code>params</code></td><td><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</td><td>Every parameter sent, decoded (including is_success, sign and sign_type).</td></tr><tr><td><a id="property-url"></a> <code>url</code></td><td><code>URL</code></td><td>returnUrl with Alipay&#39;s signed parameters appended to its query.</td></tr></tbody></table><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="request" tabindex="-1">request() <a class="header-anchor" href="#request" aria-label="Permalink to &quot;request()&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">request</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(): Request;</span></span></code></pre></div><p>A fresh GET Request for <code>url</code>, as the buyer&#39;s browser sends it.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Request</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/testing/interfaces/TestReturn.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TestReturn = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TestReturn as default
};
