import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LogAuthenticity","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/type-aliases/LogAuthenticity.md","filePath":"en/api/@alipay-escrow/core/store-kit/type-aliases/LogAuthenticity.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/type-aliases/LogAuthenticity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / LogAuthenticity</p><h1 id="type-alias-logauthenticity" tabindex="-1">Type Alias: LogAuthenticity <a class="header-anchor" href="#type-alias-logauthenticity" aria-label="Permalink to &quot;Type Alias: LogAuthenticity&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> LogAuthenticity</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;none&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;signature&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;verified&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How far a logged message was proven genuine:</p><ul><li><code>none</code>: not at all (malformed, forged, refused before its signature was checked, or an unsigned gateway reply);</li><li><code>signature</code>: its signature matched, but the gateway&#39;s notify_verify did not confirm its notify_id (it answered something else, or did not answer in time);</li><li><code>verified</code>: signature matched and notify_verify confirmed it, or a gateway reply whose sign was checked.</li></ul><p>Only <code>verified</code> entries keep their whole body and may be replayed as they are; a <code>signature</code> entry is replayed only with a fresh notify_verify (<code>replay(id, { verifyNotifyId: true })</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/type-aliases/LogAuthenticity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogAuthenticity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogAuthenticity as default
};
