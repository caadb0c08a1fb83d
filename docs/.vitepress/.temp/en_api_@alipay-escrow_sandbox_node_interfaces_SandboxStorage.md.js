import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxStorage","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/SandboxStorage.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/SandboxStorage.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/SandboxStorage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / SandboxStorage</p><h1 id="interface-sandboxstorage" tabindex="-1">Interface: SandboxStorage <a class="header-anchor" href="#interface-sandboxstorage" aria-label="Permalink to &quot;Interface: SandboxStorage&quot;">​</a></h1><p>Where <a href="./../functions/startSandbox">startSandbox</a> keeps the sandbox (<a href="./StartSandboxOptions#property-storage">StartSandboxOptions.storage</a>); default: memory.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-sqlitefile"></a> <code>sqliteFile?</code></td><td><code>string</code></td><td>Path of the SQLite file; needs the <code>better-sqlite3</code> package (CONFIG_INVALID without it). Not together with <code>store</code>.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/SandboxStorage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxStorage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxStorage as default
};
