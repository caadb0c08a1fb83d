import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InspectedId","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedId.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedId.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedId.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / InspectedId</p><h1 id="interface-inspectedid" tabindex="-1">Interface: InspectedId <a class="header-anchor" href="#interface-inspectedid" aria-label="Permalink to &quot;Interface: InspectedId&quot;">​</a></h1><p>A notify_id the sandbox issued without delivering it: for a return visit or a triggered notification.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-expiresat"></a> <code>expiresAt</code></td><td><code>string</code></td><td>Until when notify_verify answers <code>true</code> for it (ISO 8601, UTC).</td></tr><tr><td><a id="property-issuedat"></a> <code>issuedAt</code></td><td><code>string</code></td><td>When it was issued (ISO 8601, UTC).</td></tr><tr><td><a id="property-kind"></a> <code>kind</code></td><td><code>&quot;return&quot;</code> | <code>&quot;triggered&quot;</code></td><td><code>return</code> (the buyer&#39;s return_url redirect) or <code>triggered</code> (<code>POST /sandbox/api/notify-ids</code>).</td></tr><tr><td><a id="property-notifyid"></a> <code>notifyId</code></td><td><code>string</code></td><td>The id as issued.</td></tr><tr><td><a id="property-valid"></a> <code>valid</code></td><td><code>boolean</code></td><td>notify_verify would answer <code>true</code> now.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/InspectedId.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InspectedId = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InspectedId as default
};
