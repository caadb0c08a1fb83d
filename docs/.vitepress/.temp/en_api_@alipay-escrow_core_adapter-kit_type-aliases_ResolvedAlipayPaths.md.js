import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ResolvedAlipayPaths","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/adapter-kit/type-aliases/ResolvedAlipayPaths.md","filePath":"en/api/@alipay-escrow/core/adapter-kit/type-aliases/ResolvedAlipayPaths.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/adapter-kit/type-aliases/ResolvedAlipayPaths.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">adapter-kit</a> / ResolvedAlipayPaths</p><h1 id="type-alias-resolvedalipaypaths" tabindex="-1">Type Alias: ResolvedAlipayPaths <a class="header-anchor" href="#type-alias-resolvedalipaypaths" aria-label="Permalink to &quot;Type Alias: ResolvedAlipayPaths&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ResolvedAlipayPaths</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Required</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">AlipayPaths</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>The two paths with the defaults filled in.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/adapter-kit/type-aliases/ResolvedAlipayPaths.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedAlipayPaths = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedAlipayPaths as default
};
