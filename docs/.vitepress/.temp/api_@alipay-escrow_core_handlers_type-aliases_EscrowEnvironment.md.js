import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EscrowEnvironment","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/type-aliases/EscrowEnvironment.md","filePath":"api/@alipay-escrow/core/handlers/type-aliases/EscrowEnvironment.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/type-aliases/EscrowEnvironment.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / EscrowEnvironment</p><h1 id="type-alias-escrowenvironment" tabindex="-1">Type Alias: EscrowEnvironment <a class="header-anchor" href="#type-alias-escrowenvironment" aria-label="Permalink to &quot;Type Alias: EscrowEnvironment&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> EscrowEnvironment</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;production&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;development&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What the app says it is (option <code>environment</code> of createEscrow). <code>production</code>: test settings are refused; <code>development</code>: they are not questioned. Unset: <code>NODE_ENV=production</code> counts as production, but only settings that contradict each other (a sandbox on localhost with public callbacks) are refused. See docs/guide/going-live.md.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/type-aliases/EscrowEnvironment.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EscrowEnvironment = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EscrowEnvironment as default
};
