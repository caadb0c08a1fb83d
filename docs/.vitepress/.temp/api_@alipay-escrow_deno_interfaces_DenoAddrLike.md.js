import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DenoAddrLike","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/deno/interfaces/DenoAddrLike.md","filePath":"api/@alipay-escrow/deno/interfaces/DenoAddrLike.md"}');
const _sfc_main = { name: "api/@alipay-escrow/deno/interfaces/DenoAddrLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/deno</a> / DenoAddrLike</p><h1 id="interface-denoaddrlike" tabindex="-1">Interface: DenoAddrLike <a class="header-anchor" href="#interface-denoaddrlike" aria-label="Permalink to &quot;Interface: DenoAddrLike&quot;">​</a></h1><p>The part of a <code>Deno.Addr</code> the handlers read, typed structurally.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-hostname"></a> <code>hostname?</code></td><td><code>readonly</code></td><td><code>string</code></td><td>The client&#39;s IP address for a TCP connection; absent for a Unix socket.</td></tr><tr><td><a id="property-transport"></a> <code>transport</code></td><td><code>readonly</code></td><td><code>string</code></td><td><code>tcp</code>, <code>udp</code>, <code>unix</code>, ... (Deno&#39;s <code>transport</code>).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/deno/interfaces/DenoAddrLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DenoAddrLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DenoAddrLike as default
};
