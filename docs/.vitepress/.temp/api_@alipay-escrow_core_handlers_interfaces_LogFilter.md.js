import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LogFilter","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/LogFilter.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/LogFilter.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/LogFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / LogFilter</p><h1 id="interface-logfilter" tabindex="-1">Interface: LogFilter <a class="header-anchor" href="#interface-logfilter" aria-label="Permalink to &quot;Interface: LogFilter&quot;">​</a></h1><p>Which entries <a href="./../../core/interfaces/Escrow#listlog">Escrow.listLog</a> returns; every field narrows, none is required.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-before"></a> <code>before?</code></td><td><code>string</code></td><td>Only entries received strictly before this time (ISO 8601; CONFIG_INVALID when not a date-time).</td></tr><tr><td><a id="property-channels"></a> <code>channels?</code></td><td><a href="./../../store-kit/type-aliases/LogChannel"><code>LogChannel</code></a>[]</td><td>Only entries of one of these channels (an empty list returns nothing).</td></tr><tr><td><a id="property-limit"></a> <code>limit?</code></td><td><code>number</code></td><td>At most this many entries (a non-negative integer; CONFIG_INVALID otherwise). Default: all.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo?</code></td><td><code>string</code></td><td>Only entries of this order (<code>out_trade_no</code>).</td></tr><tr><td><a id="property-since"></a> <code>since?</code></td><td><code>string</code></td><td>Only entries received at or after this time (ISO 8601; CONFIG_INVALID when not a date-time).</td></tr><tr><td><a id="property-verdicts"></a> <code>verdicts?</code></td><td><a href="./../../store-kit/type-aliases/LogVerdict"><code>LogVerdict</code></a>[]</td><td>Only entries with one of these verdicts (e.g. <code>[&#39;error&#39;, &#39;anomaly&#39;]</code>; an empty list returns nothing).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/LogFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogFilter as default
};
