import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SettleInput","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/store-kit/interfaces/SettleInput.md","filePath":"en/api/@alipay-escrow/core/store-kit/interfaces/SettleInput.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/store-kit/interfaces/SettleInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">store-kit</a> / SettleInput</p><h1 id="interface-settleinput" tabindex="-1">Interface: SettleInput <a class="header-anchor" href="#interface-settleinput" aria-label="Permalink to &quot;Interface: SettleInput&quot;">​</a></h1><p>The last step of applying a message, in ONE atomic round trip (see <a href="./EscrowStore#settle">EscrowStore.settle</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-at"></a> <code>at?</code></td><td><code>string</code></td><td>When the effects are marked done (ISO 8601). Required with <code>done</code>.</td></tr><tr><td><a id="property-done"></a> <code>done?</code></td><td><a href="./EffectSettlement"><code>EffectSettlement</code></a>[]</td><td>Effects whose hooks succeeded: marked done at <code>at</code>.</td></tr><tr><td><a id="property-log"></a> <code>log?</code></td><td><a href="./LogSettlement"><code>LogSettlement</code></a></td><td>The log entry&#39;s outcome: the present fields of <code>update</code> change; an unknown id is ignored.</td></tr><tr><td><a id="property-released"></a> <code>released?</code></td><td><a href="./EffectRelease"><code>EffectRelease</code></a>[]</td><td>Effects claimed but not done (the hook threw, or a hook before it did): back to pending. With an <code>error</code>, it becomes the effect&#39;s lastError; null keeps the one it has.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/store-kit/interfaces/SettleInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SettleInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SettleInput as default
};
