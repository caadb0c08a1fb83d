import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClockOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/ClockOptions.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/ClockOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/ClockOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / ClockOptions</p><h1 id="interface-clockoptions" tabindex="-1">Interface: ClockOptions <a class="header-anchor" href="#interface-clockoptions" aria-label="Permalink to &quot;Interface: ClockOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createClock">createClock</a>. A <code>start</code> that is not a time throws CONFIG_INVALID.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-mode"></a> <code>mode?</code></td><td><code>&quot;real&quot;</code> | <code>&quot;manual&quot;</code></td><td>Default &#39;real&#39;.</td></tr><tr><td><a id="property-start"></a> <code>start?</code></td><td><code>string</code> | <code>number</code> | <code>Date</code></td><td>Manual clocks only: the starting time (default: now).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/ClockOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClockOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClockOptions as default
};
