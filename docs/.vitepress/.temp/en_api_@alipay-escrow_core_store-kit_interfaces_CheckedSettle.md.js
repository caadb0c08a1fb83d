import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckedSettle","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/CheckedSettle.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/CheckedSettle.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/CheckedSettle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / CheckedSettle</p><h1 id="interface-checkedsettle" tabindex="-1">Interface: CheckedSettle <a class="header-anchor" href="#interface-checkedsettle" aria-label="Permalink to &quot;Interface: CheckedSettle&quot;">​</a></h1><p>settle&#39;s input once checked: <code>at</code> canonical, every key named once.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at</code></td><td><code>string</code> | <code>undefined</code></td><td>When the done ones are marked done (canonical ISO text); undefined when nothing is done.</td></tr><tr><td><a id="property-done"></a> <code>done</code></td><td><a href="./EffectSettlement"><code>EffectSettlement</code></a>[]</td><td>Effects to mark done, with their claim tokens.</td></tr><tr><td><a id="property-log"></a> <code>log</code></td><td><a href="./LogSettlement"><code>LogSettlement</code></a> | <code>undefined</code></td><td>The log entry&#39;s outcome, when given.</td></tr><tr><td><a id="property-released"></a> <code>released</code></td><td><a href="./EffectRelease"><code>EffectRelease</code></a>[]</td><td>Effects to put back to pending, with their claim tokens and errors.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/CheckedSettle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckedSettle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckedSettle as default
};
