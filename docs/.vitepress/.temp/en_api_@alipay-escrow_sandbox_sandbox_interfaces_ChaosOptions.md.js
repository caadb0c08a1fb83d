import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChaosOptions","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/ChaosOptions.md","filePath":"en/api/@alipay-escrow/sandbox/sandbox/interfaces/ChaosOptions.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/sandbox/sandbox/interfaces/ChaosOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/sandbox</a> / <a href="./../">sandbox</a> / ChaosOptions</p><h1 id="interface-chaosoptions" tabindex="-1">Interface: ChaosOptions <a class="header-anchor" href="#interface-chaosoptions" aria-label="Permalink to &quot;Interface: ChaosOptions&quot;">​</a></h1><p>Misbehaviour of the notification sender, on purpose, driven by a seeded PRNG (the same seed and the same sequence of actions give the same delivery log):</p><ul><li><code>dup</code>: probability that a delivery is sent twice, concurrently (the duplicate does not count against the 8 deliveries);</li><li><code>drop</code>: probability that a first delivery is &quot;lost&quot;: recorded as an attempt without a reply, then retried on the normal schedule;</li><li><code>reorder</code>: deliveries due together go out in a shuffled order, and every first delivery is held back a random 0–3 s so that status changes made close together can overtake each other;</li><li><code>delay</code>: up to this many extra seconds (uniform) before each delivery;</li><li><code>seed</code>: the PRNG seed (default: random, shown by <code>GET /sandbox/api/config</code>).</li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Property</th><th>Type</th><th>Description</th></tr></thead><tbody><tr><td><a id="property-delay"></a> <code>delay?</code></td><td><code>number</code></td><td>Up to this many extra seconds (0–86400) before each delivery, uniformly random. Default 0.</td></tr><tr><td><a id="property-drop"></a> <code>drop?</code></td><td><code>number</code></td><td>Probability (0–1) that a first delivery is lost (recorded without a reply, then retried). Default 0.</td></tr><tr><td><a id="property-dup"></a> <code>dup?</code></td><td><code>number</code></td><td>Probability (0–1) that a delivery is also sent a second time, concurrently. Default 0.</td></tr><tr><td><a id="property-reorder"></a> <code>reorder?</code></td><td><code>boolean</code></td><td>Shuffle deliveries due together and hold each first delivery back 0–3 s. Default false.</td></tr><tr><td><a id="property-seed"></a> <code>seed?</code></td><td><code>number</code></td><td>The PRNG seed, an integer 0–4294967295. Default: random (see <code>GET /sandbox/api/config</code>).</td></tr></tbody></table></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/sandbox/sandbox/interfaces/ChaosOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChaosOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChaosOptions as default
};
