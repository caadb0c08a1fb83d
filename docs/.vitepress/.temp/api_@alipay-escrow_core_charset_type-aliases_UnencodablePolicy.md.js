import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: UnencodablePolicy","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/charset/type-aliases/UnencodablePolicy.md","filePath":"api/@alipay-escrow/core/charset/type-aliases/UnencodablePolicy.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/charset/type-aliases/UnencodablePolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">charset</a> / UnencodablePolicy</p><h1 id="type-alias-unencodablepolicy" tabindex="-1">Type Alias: UnencodablePolicy <a class="header-anchor" href="#type-alias-unencodablepolicy" aria-label="Permalink to &quot;Type Alias: UnencodablePolicy&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> UnencodablePolicy</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;error&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;ncr&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What to do with a character the charset cannot represent: <code>&#39;error&#39;</code> (the default) throws CHARSET_UNENCODABLE; <code>&#39;ncr&#39;</code> writes it as <code>&amp;#NNN;</code> (decimal code point), as browsers do when they submit a form in GBK.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/charset/type-aliases/UnencodablePolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UnencodablePolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UnencodablePolicy as default
};
