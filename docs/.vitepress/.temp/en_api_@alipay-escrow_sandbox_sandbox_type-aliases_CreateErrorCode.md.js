import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CreateErrorCode","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/type-aliases/CreateErrorCode.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/type-aliases/CreateErrorCode.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/type-aliases/CreateErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / CreateErrorCode</p><h1 id="type-alias-createerrorcode" tabindex="-1">Type Alias: CreateErrorCode <a class="header-anchor" href="#type-alias-createerrorcode" aria-label="Permalink to &quot;Type Alias: CreateErrorCode&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> CreateErrorCode</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> CREATE_ERROR_CODES</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[number];</span></span></code></pre></div><p>One of <a href="./../variables/CREATE_ERROR_CODES">CREATE_ERROR_CODES</a>: a code the sandbox&#39;s create_partner_trade_by_buyer page can show.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/type-aliases/CreateErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CreateErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CreateErrorCode as default
};
