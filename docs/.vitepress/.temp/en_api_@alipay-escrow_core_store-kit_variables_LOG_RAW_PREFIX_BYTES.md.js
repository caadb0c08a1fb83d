import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LOG_RAW_PREFIX_BYTES","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/variables/LOG_RAW_PREFIX_BYTES.md","filePath":"en/api/@alipay-escrow/core/store-kit/variables/LOG_RAW_PREFIX_BYTES.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/variables/LOG_RAW_PREFIX_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / LOG_RAW_PREFIX_BYTES</p><h1 id="variable-log-raw-prefix-bytes" tabindex="-1">Variable: LOG_RAW_PREFIX_BYTES <a class="header-anchor" href="#variable-log-raw-prefix-bytes" aria-label="Permalink to &quot;Variable: LOG\\_RAW\\_PREFIX\\_BYTES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> LOG_RAW_PREFIX_BYTES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 4096</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 4096</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How many bytes of a request&#39;s body (or query) the log keeps when the message was not proven genuine (authenticity <code>none</code>): enough to see what it was, too little to fill a database. The entry still records the full size and a SHA-256 of every byte.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/variables/LOG_RAW_PREFIX_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LOG_RAW_PREFIX_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LOG_RAW_PREFIX_BYTES as default
};
