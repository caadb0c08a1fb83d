import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EscrowTimeouts","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/protocol/interfaces/EscrowTimeouts.md","filePath":"api/@alipay-escrow/core/protocol/interfaces/EscrowTimeouts.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/protocol/interfaces/EscrowTimeouts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / EscrowTimeouts</p><h1 id="interface-escrowtimeouts" tabindex="-1">Interface: EscrowTimeouts <a class="header-anchor" href="#interface-escrowtimeouts" aria-label="Permalink to &quot;Interface: EscrowTimeouts&quot;">​</a></h1><p>Custom timeouts. Each needs the custom-timeout feature on the account (else SELF_TIMEOUT_NOT_SUPPORT).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-itbpay"></a> <code>itBPay?</code></td><td><code>string</code></td><td><code>it_b_pay</code>: close an unpaid trade after 1m…15d (integer + m/h/d), or <code>1c</code> (midnight today).</td></tr><tr><td><a id="property-tbrecpost"></a> <code>tBRecPost?</code></td><td><code>string</code></td><td><code>t_b_rec_post</code>: days (<code>7d</code>) after which a POST trade completes without the buyer&#39;s confirmation.</td></tr><tr><td><a id="property-tssend1"></a> <code>tSSend1?</code></td><td><code>string</code></td><td><code>t_s_send_1</code>: days (<code>7d</code>) after which the buyer may refund an unshipped trade.</td></tr><tr><td><a id="property-tssend2"></a> <code>tSSend2?</code></td><td><code>string</code></td><td><code>t_s_send_2</code>: days (<code>7d</code>) after which the buyer is advised to refund an unshipped trade.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/protocol/interfaces/EscrowTimeouts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EscrowTimeouts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EscrowTimeouts as default
};
