import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Receiver","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/receiver/type-aliases/Receiver.md","filePath":"en/api/@alipay-escrow/core/receiver/type-aliases/Receiver.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/receiver/type-aliases/Receiver.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">receiver</a> / Receiver</p><h1 id="type-alias-receiver" tabindex="-1">Type Alias: Receiver <a class="header-anchor" href="#type-alias-receiver" aria-label="Permalink to &quot;Type Alias: Receiver&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Receiver</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Pick</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">Escrow</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&quot;handleNotify&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;handleReturn&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>The two endpoints of a receiver: notify_url and return_url, exactly as <a href="./../../core/interfaces/Escrow">Escrow</a> has them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/receiver/type-aliases/Receiver.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Receiver = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Receiver as default
};
