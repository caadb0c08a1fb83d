import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@alipay-escrow/hono","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/hono/index.md","filePath":"en/api/@alipay-escrow/hono/index.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/hono/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Documentation</a> / @alipay-escrow/hono</p><h1 id="alipay-escrow-hono" tabindex="-1">@alipay-escrow/hono <a class="header-anchor" href="#alipay-escrow-hono" aria-label="Permalink to &quot;@alipay-escrow/hono&quot;">​</a></h1><p><code>@alipay-escrow/hono</code> — Alipay escrow notify_url / return_url handlers for Hono, wherever Hono runs (Node with @hono/node-server, Cloudflare Workers, Deno, Bun). Core decides; this only hands Hono&#39;s web Request to it and returns core&#39;s Response.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AlipayEscrowOptions">AlipayEscrowOptions</a></li><li><a href="./interfaces/HonoHandlerOptions">HonoHandlerOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/EscrowInput">EscrowInput</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/alipayEscrow">alipayEscrow</a></li><li><a href="./functions/notifyHandler">notifyHandler</a></li><li><a href="./functions/returnHandler">returnHandler</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/hono/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
