import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedCommit","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/CheckedCommit.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/CheckedCommit.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/CheckedCommit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedCommit</p><h1 id="interface-checkedcommit" tabindex="-1">Interface: CheckedCommit <a class="header-anchor" href="#interface-checkedcommit" aria-label="Permalink to &quot;Interface: CheckedCommit&quot;">​</a></h1><p>commit&#39;s input once checked.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-claim"></a> <code>claim</code></td><td><a href="./CheckedClaim"><code>CheckedClaim</code></a> | <code>undefined</code></td><td>The claim&#39;s times as canonical ISO text; undefined when the commit claims nothing.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/CheckedCommit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedCommit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedCommit as default
};
