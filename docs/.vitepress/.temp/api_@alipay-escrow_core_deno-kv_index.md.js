import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"deno-kv","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/deno-kv/index.md","filePath":"api/@alipay-escrow/core/deno-kv/index.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/deno-kv/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/core</a> / deno-kv</p><h1 id="deno-kv" tabindex="-1">deno-kv <a class="header-anchor" href="#deno-kv" aria-label="Permalink to &quot;deno-kv&quot;">​</a></h1><p><code>@alipay-escrow/core/deno-kv</code> — an EscrowStore on Deno KV, so a Deno Deploy app needs no SQL database. It takes anything with Deno KV&#39;s methods (<code>DenoKvLike</code>): <code>await Deno.openKv()</code> on Deno, or any client with the same methods elsewhere. Every transition (the order plus its effects) and every effect claim is one atomic operation with versionstamp checks, so any number of instances can share the database.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/DenoKvLike">DenoKvLike</a></li><li><a href="./interfaces/DenoKvStoreOptions">DenoKvStoreOptions</a></li><li><a href="./interfaces/KvAtomicLike">KvAtomicLike</a></li><li><a href="./interfaces/KvEntryLike">KvEntryLike</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/KvKey">KvKey</a></li><li><a href="./type-aliases/KvKeyPart">KvKeyPart</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/createDenoKvStore">createDenoKvStore</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/deno-kv/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
