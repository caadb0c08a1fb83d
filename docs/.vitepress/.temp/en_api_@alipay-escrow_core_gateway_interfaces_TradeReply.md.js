import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TradeReply","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/gateway/interfaces/TradeReply.md","filePath":"en/api/@alipay-escrow/core/gateway/interfaces/TradeReply.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/gateway/interfaces/TradeReply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">gateway</a> / TradeReply</p><h1 id="interface-tradereply" tabindex="-1">Interface: TradeReply <a class="header-anchor" href="#interface-tradereply" aria-label="Permalink to &quot;Interface: TradeReply&quot;">​</a></h1><p><code>is_success=T</code> with a trade record (<code>&lt;tradeBase&gt;</code> for send goods, <code>&lt;trade&gt;</code> for the query).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-ok"></a> <code>ok</code></td><td><code>true</code></td><td>Always true: the gateway answered <code>is_success=T</code>.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo?</code></td><td><code>string</code></td><td><code>out_trade_no</code> (or <code>out_order_no</code>, as S table 5-1 names it), when the reply has it.</td></tr><tr><td><a id="property-raw"></a> <code>raw</code></td><td><code>string</code></td><td>The reply XML as received (decoded text).</td></tr><tr><td><a id="property-signverified"></a> <code>signVerified</code></td><td><a href="./../type-aliases/ReplySignState"><code>ReplySignState</code></a></td><td>Whether the reply&#39;s <code>&lt;sign&gt;</code> over the trade record was checked; see <a href="./../type-aliases/ReplySignState">ReplySignState</a>.</td></tr><tr><td><a id="property-trade"></a> <code>trade</code></td><td><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</td><td>Every child of the trade element: name → entity-decoded text.</td></tr><tr><td><a id="property-tradeno"></a> <code>tradeNo</code></td><td><code>string</code></td><td>Alipay&#39;s trade number (<code>trade_no</code>) from the trade record.</td></tr><tr><td><a id="property-tradestatus"></a> <code>tradeStatus</code></td><td>| <code>string</code> &amp; <code>object</code> | <a href="./../type-aliases/GatewayTradeStatus"><code>GatewayTradeStatus</code></a></td><td>The trade&#39;s <code>trade_status</code> as Alipay reports it; non-escrow values are passed through unchanged.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/gateway/interfaces/TradeReply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TradeReply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TradeReply as default
};
