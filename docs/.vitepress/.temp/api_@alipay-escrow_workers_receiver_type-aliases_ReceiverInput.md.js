import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ReceiverInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/workers/receiver/type-aliases/ReceiverInput.md","filePath":"api/@alipay-escrow/workers/receiver/type-aliases/ReceiverInput.md"}');
const _sfc_main = { name: "api/@alipay-escrow/workers/receiver/type-aliases/ReceiverInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/workers</a> / <a href="./../">receiver</a> / ReceiverInput</p><h1 id="type-alias-receiverinput" tabindex="-1">Type Alias: ReceiverInput <a class="header-anchor" href="#type-alias-receiverinput" aria-label="Permalink to &quot;Type Alias: ReceiverInput&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ReceiverInput</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> </span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ReceiverOptions</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Receiver</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Options as given, or a Receiver from <code>createReceiver</code> (so one instance serves both routes).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/workers/receiver/type-aliases/ReceiverInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReceiverInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReceiverInput as default
};
