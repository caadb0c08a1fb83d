import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoggedMessage","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/protocol/interfaces/LoggedMessage.md","filePath":"en/api/@alipay-escrow/core/protocol/interfaces/LoggedMessage.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/protocol/interfaces/LoggedMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">protocol</a> / LoggedMessage</p><h1 id="interface-loggedmessage" tabindex="-1">Interface: LoggedMessage <a class="header-anchor" href="#interface-loggedmessage" aria-label="Permalink to &quot;Interface: LoggedMessage&quot;">​</a></h1><p>A logged message&#39;s bytes read back for a person (a log page, a console, <code>alipay-escrow logs</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-charset"></a> <code>charset</code></td><td><a href="./../../charset/type-aliases/Charset"><code>Charset</code></a> | <code>null</code></td><td>The charset the values were decoded with: <code>utf-8</code> when every value is valid UTF-8, else <code>gbk</code> when every value decodes as GBK; null when the bytes are not a form body or decode in neither.</td></tr><tr><td><a id="property-params"></a> <code>params</code></td><td>[<code>string</code>, <code>string</code>][]</td><td>Every parameter in the order received, decoded with <code>charset</code> (empty when charset is null).</td></tr><tr><td><a id="property-problem"></a> <code>problem</code></td><td><code>string</code> | <code>null</code></td><td>Why the bytes could not be read as a form body; null when they could.</td></tr><tr><td><a id="property-text"></a> <code>text</code></td><td><code>string</code></td><td>The whole raw text, decoded with <code>charset</code> (percent escapes kept); latin-1 when charset is null.</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/protocol/interfaces/LoggedMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoggedMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoggedMessage as default
};
