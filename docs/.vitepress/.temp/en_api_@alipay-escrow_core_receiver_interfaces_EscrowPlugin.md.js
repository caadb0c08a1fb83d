import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EscrowPlugin","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/receiver/interfaces/EscrowPlugin.md","filePath":"en/api/@alipay-escrow/core/receiver/interfaces/EscrowPlugin.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/receiver/interfaces/EscrowPlugin.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">receiver</a> / EscrowPlugin</p><h1 id="interface-escrowplugin" tabindex="-1">Interface: EscrowPlugin <a class="header-anchor" href="#interface-escrowplugin" aria-label="Permalink to &quot;Interface: EscrowPlugin&quot;">​</a></h1><p>A part of the library that a lean entry point leaves out until asked: <code>gbk</code> (the GBK tables, about 17 KB gzip) and <code>rsa</code> (SHA1withRSA key parsing). Pass it to <code>createReceiver({ plugins })</code>. Installing is for the whole JavaScript realm and idempotent; <code>@alipay-escrow/core</code> (createEscrow) always installs both.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Modifier</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-name"></a> <code>name</code></td><td><code>readonly</code></td><td><code>&quot;gbk&quot;</code> | <code>&quot;rsa&quot;</code></td><td>Which part: <code>gbk</code> or <code>rsa</code>.</td></tr></tbody></table><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="install" tabindex="-1">install() <a class="header-anchor" href="#install" aria-label="Permalink to &quot;install()&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">install</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(): </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">void</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Makes the part available to every sign, verify, encode and decode.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/receiver/interfaces/EscrowPlugin.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EscrowPlugin = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EscrowPlugin as default
};
