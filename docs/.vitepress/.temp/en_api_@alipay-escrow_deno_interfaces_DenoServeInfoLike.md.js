import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DenoServeInfoLike","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/deno/interfaces/DenoServeInfoLike.md","filePath":"en/api/@alipay-escrow/deno/interfaces/DenoServeInfoLike.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/deno/interfaces/DenoServeInfoLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/deno</a> / DenoServeInfoLike</p><h1 id="interface-denoserveinfolike" tabindex="-1">Interface: DenoServeInfoLike <a class="header-anchor" href="#interface-denoserveinfolike" aria-label="Permalink to &quot;Interface: DenoServeInfoLike&quot;">​</a></h1><p>The second argument <code>Deno.serve</code> passes to its handler (Deno.ServeHandlerInfo), typed structurally: a TCP connection&#39;s <code>remoteAddr.hostname</code> is the client address.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-remoteaddr"></a> <code>remoteAddr</code></td><td><code>readonly</code></td><td><a href="./DenoAddrLike"><code>DenoAddrLike</code></a></td><td>The peer&#39;s address (Deno.Addr).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/deno/interfaces/DenoServeInfoLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DenoServeInfoLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DenoServeInfoLike as default
};
