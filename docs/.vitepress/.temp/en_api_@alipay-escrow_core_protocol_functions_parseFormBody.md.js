import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseFormBody()","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/functions/parseFormBody.md","filePath":"en/api/@alipay-escrow/core/protocol/functions/parseFormBody.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/functions/parseFormBody.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / parseFormBody</p><h1 id="function-parseformbody" tabindex="-1">Function: parseFormBody() <a class="header-anchor" href="#function-parseformbody" aria-label="Permalink to &quot;Function: parseFormBody()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> parseFormBody</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">body</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> RawParam</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Parses an application/x-www-form-urlencoded body (or a query string) over BYTES: &#39;+&#39; → space, %XX → byte, names kept exactly as sent (no PHP-style <code>a.b</code> → <code>a_b</code>). A bad escape or a repeated name is rejected, and so is a segment without &#39;=&#39;: a genuine Alipay message has none of them. Empty segments (<code>a=1&amp;&amp;b=2</code>) are skipped.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>body</code></td><td><code>Uint8Array</code></td></tr><tr><td><code>options?</code></td><td>{ <code>plusIsSpace?</code>: <code>boolean</code>; }</td></tr><tr><td><code>options.plusIsSpace?</code></td><td><code>boolean</code></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RawParam"><code>RawParam</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/functions/parseFormBody.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseFormBody = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseFormBody as default
};
