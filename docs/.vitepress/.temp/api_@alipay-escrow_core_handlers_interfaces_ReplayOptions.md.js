import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReplayOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/handlers/interfaces/ReplayOptions.md","filePath":"api/@alipay-escrow/core/handlers/interfaces/ReplayOptions.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/handlers/interfaces/ReplayOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">handlers</a> / ReplayOptions</p><h1 id="interface-replayoptions" tabindex="-1">Interface: ReplayOptions <a class="header-anchor" href="#interface-replayoptions" aria-label="Permalink to &quot;Interface: ReplayOptions&quot;">​</a></h1><p>How <a href="./../../core/interfaces/Escrow#replay">Escrow.replay</a> checks the logged message again.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-verifynotifyid"></a> <code>verifyNotifyId?</code></td><td><code>boolean</code></td><td>Ask the gateway&#39;s notify_verify about the message&#39;s notify_id again (default false: only the signature is checked). Needed to replay an entry whose notify_verify did not confirm it.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/handlers/interfaces/ReplayOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReplayOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReplayOptions as default
};
