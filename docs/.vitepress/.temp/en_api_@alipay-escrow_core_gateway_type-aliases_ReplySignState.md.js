import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ReplySignState","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/gateway/type-aliases/ReplySignState.md","filePath":"en/api/@alipay-escrow/core/gateway/type-aliases/ReplySignState.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/gateway/type-aliases/ReplySignState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">gateway</a> / ReplySignState</p><h1 id="type-alias-replysignstate" tabindex="-1">Type Alias: ReplySignState <a class="header-anchor" href="#type-alias-replysignstate" aria-label="Permalink to &quot;Type Alias: ReplySignState&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ReplySignState</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> boolean</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;absent&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The reply&#39;s <code>&lt;sign&gt;</code>: <code>true</code> checked and right; <code>&#39;absent&#39;</code> the reply carried none or an empty one (the error replies of the spec have none; a trade record gets here unsigned only with <code>verifyResponseSign: false</code>); <code>false</code> present but not checked (<code>verifyResponseSign: false</code>). A present, wrong sign never gets here, nor (while checking is on) an unsigned trade record: they throw RESPONSE_SIGN_INVALID.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/gateway/type-aliases/ReplySignState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReplySignState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReplySignState as default
};
