import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@alipay-escrow/console","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/console/index.md","filePath":"api/@alipay-escrow/console/index.md"}');
const _sfc_main = { name: "api/@alipay-escrow/console/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Documentation</a> / @alipay-escrow/console</p><h1 id="alipay-escrow-console" tabindex="-1">@alipay-escrow/console <a class="header-anchor" href="#alipay-escrow-console" aria-label="Permalink to &quot;@alipay-escrow/console&quot;">​</a></h1><p><code>@alipay-escrow/console</code> — a drop-in operations console for the Alipay escrow trade: the notification log decoded per charset, the orders that need attention, replay and reconcile. One web-standard handler (<code>Request</code> → <code>Response</code>) for Hono, Koa, Workers and Deno, closed unless <code>authorize</code> lets the request in.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AttentionItem">AttentionItem</a></li><li><a href="./interfaces/ConsoleOptions">ConsoleOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/Authorize">Authorize</a></li><li><a href="./type-aliases/ConsoleEscrow">ConsoleEscrow</a></li><li><a href="./type-aliases/ConsoleHandler">ConsoleHandler</a></li><li><a href="./type-aliases/NeedsAttention">NeedsAttention</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/ATTENTION_SCAN">ATTENTION_SCAN</a></li><li><a href="./variables/CSRF_TOKEN_LIFETIME_MS">CSRF_TOKEN_LIFETIME_MS</a></li><li><a href="./variables/MAX_FORM_BYTES">MAX_FORM_BYTES</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/attentionFromLog">attentionFromLog</a></li><li><a href="./functions/createConsole">createConsole</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/console/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
