import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tamperNotification()","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/testing/functions/tamperNotification.md","filePath":"en/api/@alipay-escrow/core/testing/functions/tamperNotification.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/testing/functions/tamperNotification.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">testing</a> / tamperNotification</p><h1 id="function-tampernotification" tabindex="-1">Function: tamperNotification() <a class="header-anchor" href="#function-tampernotification" aria-label="Permalink to &quot;Function: tamperNotification()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> tamperNotification</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   body</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   changes</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   charset</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Uint8Array</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The body with <code>changes</code> applied and everything else byte for byte as it was, INCLUDING the original sign: the result is what an attacker or a broken proxy would deliver, and fails verification with SIGN_MISMATCH. New fields go at the end. Values are encoded in <code>charset</code> (default &#39;utf-8&#39;). Note that a change that does not alter the signed content (setting a field to its current value, adding an empty one, or changing only <code>sign_type</code>) does not break the signature.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th><th>Default value</th></tr></thead><tbody><tr><td><code>body</code></td><td><code>string</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;</td><td><code>undefined</code></td></tr><tr><td><code>changes</code></td><td><a href="./../type-aliases/FieldChanges"><code>FieldChanges</code></a></td><td><code>undefined</code></td></tr><tr><td><code>charset?</code></td><td><a href="./../../charset/type-aliases/Charset"><code>Charset</code></a></td><td><code>&#39;utf-8&#39;</code></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/testing/functions/tamperNotification.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tamperNotification = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tamperNotification as default
};
