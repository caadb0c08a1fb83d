import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvEntryLike<T>","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/deno-kv/interfaces/KvEntryLike.md","filePath":"api/@alipay-escrow/core/deno-kv/interfaces/KvEntryLike.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/deno-kv/interfaces/KvEntryLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">deno-kv</a> / KvEntryLike</p><h1 id="interface-kventrylike-t" tabindex="-1">Interface: KvEntryLike&lt;T&gt; <a class="header-anchor" href="#interface-kventrylike-t" aria-label="Permalink to &quot;Interface: KvEntryLike\\&lt;T\\&gt;&quot;">​</a></h1><p>What <code>get</code>, <code>getMany</code> and <code>list</code> yield; <code>versionstamp</code> is null when the key holds nothing.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Type Parameter</th></tr></thead><tbody><tr><td><a id="type-parameter-t"></a> <code>T</code></td></tr></tbody></table><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-key"></a> <code>key</code></td><td><code>readonly</code></td><td>readonly <code>unknown</code>[]</td><td>The entry&#39;s key.</td></tr><tr><td><a id="property-value"></a> <code>value</code></td><td><code>readonly</code></td><td><code>T</code> | <code>null</code></td><td>The stored value; null when the key holds nothing.</td></tr><tr><td><a id="property-versionstamp"></a> <code>versionstamp</code></td><td><code>readonly</code></td><td><code>string</code> | <code>null</code></td><td>The version of the value, for <code>check</code> in an atomic operation; null when the key holds nothing.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/deno-kv/interfaces/KvEntryLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvEntryLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvEntryLike as default
};
