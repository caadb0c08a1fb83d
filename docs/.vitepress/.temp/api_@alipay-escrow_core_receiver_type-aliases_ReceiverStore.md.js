import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ReceiverStore","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/receiver/type-aliases/ReceiverStore.md","filePath":"api/@alipay-escrow/core/receiver/type-aliases/ReceiverStore.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/receiver/type-aliases/ReceiverStore.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">receiver</a> / ReceiverStore</p><h1 id="type-alias-receiverstore" tabindex="-1">Type Alias: ReceiverStore <a class="header-anchor" href="#type-alias-receiverstore" aria-label="Permalink to &quot;Type Alias: ReceiverStore&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ReceiverStore</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Pick</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">EscrowStore</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> RECEIVER_STORE_METHODS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[number]&gt;;</span></span></code></pre></div><p>What <a href="./../functions/createReceiver">createReceiver</a> needs of a store: the steps of applying a notification or a return visit, and appending the log entry of a refused one. Any EscrowStore fits (createSqlStore, createMemoryStore); the receiver stores (<code>createSqliteReceiverStore</code>, <code>createPostgresReceiverStore</code>) have only these, so a receiver&#39;s bundle leaves out migrations, listings, pruning and the sweep&#39;s marks.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/receiver/type-aliases/ReceiverStore.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReceiverStore = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReceiverStore as default
};
