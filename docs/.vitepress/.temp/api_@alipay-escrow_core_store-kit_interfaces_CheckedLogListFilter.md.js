import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedLogListFilter","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedLogListFilter.md","filePath":"api/@alipay-escrow/core/store-kit/interfaces/CheckedLogListFilter.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/store-kit/interfaces/CheckedLogListFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedLogListFilter</p><h1 id="interface-checkedloglistfilter" tabindex="-1">Interface: CheckedLogListFilter <a class="header-anchor" href="#interface-checkedloglistfilter" aria-label="Permalink to &quot;Interface: CheckedLogListFilter&quot;">​</a></h1><p>A listLog filter once checked: times canonical, lists of known values without repeats.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-before"></a> <code>before</code></td><td><code>string</code> | <code>undefined</code></td><td>Received strictly before (canonical ISO text).</td></tr><tr><td><a id="property-channels"></a> <code>channels</code></td><td><a href="./../type-aliases/LogChannel"><code>LogChannel</code></a>[] | <code>undefined</code></td><td>Only these channels; undefined: every one; empty: none.</td></tr><tr><td><a id="property-limit"></a> <code>limit</code></td><td><code>number</code> | <code>undefined</code></td><td>At most this many.</td></tr><tr><td><a id="property-outtradeno"></a> <code>outTradeNo</code></td><td><code>string</code> | <code>undefined</code></td><td>Only this order&#39;s entries.</td></tr><tr><td><a id="property-since"></a> <code>since</code></td><td><code>string</code> | <code>undefined</code></td><td>Received at or after (canonical ISO text).</td></tr><tr><td><a id="property-verdicts"></a> <code>verdicts</code></td><td><a href="./../type-aliases/LogVerdict"><code>LogVerdict</code></a>[] | <code>undefined</code></td><td>Only these verdicts; undefined: every one; empty: none.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/store-kit/interfaces/CheckedLogListFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedLogListFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedLogListFilter as default
};
