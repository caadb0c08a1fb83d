import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxTimeouts","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxTimeouts.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxTimeouts.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxTimeouts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / SandboxTimeouts</p><h1 id="interface-sandboxtimeouts" tabindex="-1">Interface: SandboxTimeouts <a class="header-anchor" href="#interface-sandboxtimeouts" aria-label="Permalink to &quot;Interface: SandboxTimeouts&quot;">​</a></h1><p>The sandbox&#39;s default timeouts, for trades whose request did not set its own.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-confirmdays"></a> <code>confirmDays?</code></td><td><code>number</code></td><td>Days after shipment until receipt is confirmed automatically. Default 10.</td></tr><tr><td><a id="property-confirmpostdays"></a> <code>confirmPostDays?</code></td><td><code>number</code></td><td>Days after a POST (平邮) shipment until receipt is confirmed automatically. Default 30.</td></tr><tr><td><a id="property-unpaid"></a> <code>unpaid?</code></td><td><code>string</code></td><td>How long an unpaid trade stays open, written like <code>it_b_pay</code> (<code>90m</code>, <code>2h</code>, <code>7d</code>, or <code>1c</code> for the next midnight in Beijing). Default <code>7d</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxTimeouts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxTimeouts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxTimeouts as default
};
