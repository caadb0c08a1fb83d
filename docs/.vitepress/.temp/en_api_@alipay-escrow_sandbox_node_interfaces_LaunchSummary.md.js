import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LaunchSummary","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/node/interfaces/LaunchSummary.md","filePath":"en/api/@alipay-escrow/sandbox/node/interfaces/LaunchSummary.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/node/interfaces/LaunchSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">node</a> / LaunchSummary</p><h1 id="interface-launchsummary" tabindex="-1">Interface: LaunchSummary <a class="header-anchor" href="#interface-launchsummary" aria-label="Permalink to &quot;Interface: LaunchSummary&quot;">​</a></h1><p>What a sandbox launch did, for <a href="./../functions/configBlock">configBlock</a> and <a href="./../functions/launchJson">launchJson</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-chaos"></a> <code>chaos</code></td><td><a href="./../../sandbox/interfaces/ResolvedChaos"><code>ResolvedChaos</code></a> | <code>null</code></td><td>The chaos in force (its seed filled in), or null.</td></tr><tr><td><a id="property-credentials"></a> <code>credentials</code></td><td><a href="./SandboxCredentials"><code>SandboxCredentials</code></a></td><td>The partner, MD5 key and seller.</td></tr><tr><td><a id="property-db"></a> <code>db</code></td><td><code>string</code> | <code>undefined</code></td><td>The SQLite file, or undefined for memory.</td></tr><tr><td><a id="property-gatewayurl"></a> <code>gatewayUrl</code></td><td><code>string</code></td><td><code>\${url}/gateway.do</code>: the merchant&#39;s gatewayUrl.</td></tr><tr><td><a id="property-sources"></a> <code>sources</code></td><td><a href="./CredentialSources"><code>CredentialSources</code></a></td><td>Where each credential came from: <code>given</code>, <code>stored</code> or <code>generated</code>.</td></tr><tr><td><a id="property-timescale"></a> <code>timeScale</code></td><td><code>number</code></td><td>The divisor of the retry intervals.</td></tr><tr><td><a id="property-url"></a> <code>url</code></td><td><code>string</code></td><td><code>http://127.0.0.1:7001</code></td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/node/interfaces/LaunchSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LaunchSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LaunchSummary as default
};
