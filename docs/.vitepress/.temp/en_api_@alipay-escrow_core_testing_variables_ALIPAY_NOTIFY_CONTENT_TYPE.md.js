import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ALIPAY_NOTIFY_CONTENT_TYPE","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_CONTENT_TYPE.md","filePath":"en/api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_CONTENT_TYPE.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_CONTENT_TYPE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">testing</a> / ALIPAY_NOTIFY_CONTENT_TYPE</p><h1 id="variable-alipay-notify-content-type" tabindex="-1">Variable: ALIPAY_NOTIFY_CONTENT_TYPE <a class="header-anchor" href="#variable-alipay-notify-content-type" aria-label="Permalink to &quot;Variable: ALIPAY\\_NOTIFY\\_CONTENT\\_TYPE&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> ALIPAY_NOTIFY_CONTENT_TYPE</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;application/x-www-form-urlencoded; text/html; charset=UTF-8&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;application/x-www-form-urlencoded; text/html; charset=UTF-8&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The Content-Type Alipay really sends with notifications: not a valid media type (two types in one header). Body parsers that trust it leave the body empty; verify the raw bytes instead. Sent as observed, whatever the body&#39;s charset.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/testing/variables/ALIPAY_NOTIFY_CONTENT_TYPE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ALIPAY_NOTIFY_CONTENT_TYPE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ALIPAY_NOTIFY_CONTENT_TYPE as default
};
