import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ALIPAY_NOTIFY_USER_AGENT","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_USER_AGENT.md","filePath":"api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_USER_AGENT.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_USER_AGENT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">testing</a> / ALIPAY_NOTIFY_USER_AGENT</p><h1 id="variable-alipay-notify-user-agent" tabindex="-1">Variable: ALIPAY_NOTIFY_USER_AGENT <a class="header-anchor" href="#variable-alipay-notify-user-agent" aria-label="Permalink to &quot;Variable: ALIPAY\\_NOTIFY\\_USER\\_AGENT&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> ALIPAY_NOTIFY_USER_AGENT</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;Mozilla/4.0&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;Mozilla/4.0&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The User-Agent of Alipay&#39;s notification client.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_USER_AGENT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ALIPAY_NOTIFY_USER_AGENT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ALIPAY_NOTIFY_USER_AGENT as default
};
