import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxSnapshot","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxSnapshot.md","filePath":"api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxSnapshot.md"}');
const _sfc_main = { name: "api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxSnapshot.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / SandboxSnapshot</p><h1 id="interface-sandboxsnapshot" tabindex="-1">Interface: SandboxSnapshot <a class="header-anchor" href="#interface-sandboxsnapshot" aria-label="Permalink to &quot;Interface: SandboxSnapshot&quot;">​</a></h1><p>Everything a <a href="./SandboxStore">SandboxStore</a> holds, as <code>load</code> returns it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-notifications"></a> <code>notifications</code></td><td><a href="./NotificationRecord"><code>NotificationRecord</code></a>[]</td><td>Every notification with its delivery log (pending ones are resumed).</td></tr><tr><td><a id="property-returnids"></a> <code>returnIds</code></td><td><a href="./ReturnIdRecord"><code>ReturnIdRecord</code></a>[]</td><td>Every return or triggered notify_id issued.</td></tr><tr><td><a id="property-trades"></a> <code>trades</code></td><td><a href="./TradeRecord"><code>TradeRecord</code></a>[]</td><td>Every trade.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/sandbox/sandbox/interfaces/SandboxSnapshot.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxSnapshot = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxSnapshot as default
};
