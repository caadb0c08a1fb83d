import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: TEST_BUYERS","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/variables/TEST_BUYERS.md","filePath":"api/@alipay-escrow/sandbox/sandbox/variables/TEST_BUYERS.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/variables/TEST_BUYERS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / TEST_BUYERS</p><h1 id="variable-test-buyers" tabindex="-1">Variable: TEST_BUYERS <a class="header-anchor" href="#variable-test-buyers" aria-label="Permalink to &quot;Variable: TEST\\_BUYERS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> TEST_BUYERS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TestBuyer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The test buyer accounts, in the order the cashier lists them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/variables/TEST_BUYERS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TEST_BUYERS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TEST_BUYERS as default
};
