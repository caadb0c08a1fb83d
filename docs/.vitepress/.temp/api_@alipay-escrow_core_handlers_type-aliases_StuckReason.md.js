import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: StuckReason","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/type-aliases/StuckReason.md","filePath":"api/@alipay-escrow/core/handlers/type-aliases/StuckReason.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/type-aliases/StuckReason.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / StuckReason</p><h1 id="type-alias-stuckreason" tabindex="-1">Type Alias: StuckReason <a class="header-anchor" href="#type-alias-stuckreason" aria-label="Permalink to &quot;Type Alias: StuckReason&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> StuckReason</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> </span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;unpaid_too_long&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;paid_not_shipped&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;shipped_not_confirmed&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;refund_open_too_long&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;anomaly_unresolved&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;effects_owed&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Why an order needs attention:</p><ul><li><code>unpaid_too_long</code>: still <code>created</code> or <code>awaiting_payment</code> after <a href="./../../core/interfaces/SweepOptions#property-unpaidhours">SweepOptions.unpaidHours</a>;</li><li><code>paid_not_shipped</code>: <code>paid</code> after <a href="./../../core/interfaces/SweepOptions#property-unshippeddays">SweepOptions.unshippedDays</a>;</li><li><code>shipped_not_confirmed</code>: <code>shipped</code> after <a href="./../../core/interfaces/SweepOptions#property-unconfirmeddays">SweepOptions.unconfirmedDays</a>;</li><li><code>refund_open_too_long</code>: <code>refunding</code> after <a href="./../../core/interfaces/SweepOptions#property-refundopendays">SweepOptions.refundOpenDays</a>;</li><li><code>anomaly_unresolved</code>: a genuine message logged as an anomaly (e.g. AMOUNT_MISMATCH) with no applied message about its order since.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/type-aliases/StuckReason.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StuckReason = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StuckReason as default
};
