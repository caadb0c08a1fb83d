import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@alipay-escrow/core","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"api/@alipay-escrow/core/index.md","filePath":"api/@alipay-escrow/core/index.md"}');
const _sfc_main = { name: "api/@alipay-escrow/core/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">Documentation</a> / @alipay-escrow/core</p><h1 id="alipay-escrow-core" tabindex="-1">@alipay-escrow/core <a class="header-anchor" href="#alipay-escrow-core" aria-label="Permalink to &quot;@alipay-escrow/core&quot;">​</a></h1><h2 id="modules" tabindex="-1">Modules <a class="header-anchor" href="#modules" aria-label="Permalink to &quot;Modules&quot;">​</a></h2><ul><li><a href="./adapter-kit/">adapter-kit</a></li><li><a href="./charset/">charset</a></li><li><a href="./core/">core</a></li><li><a href="./crypto/">crypto</a></li><li><a href="./deno-kv/">deno-kv</a></li><li><a href="./errors/">errors</a></li><li><a href="./escrow/">escrow</a></li><li><a href="./gateway/">gateway</a></li><li><a href="./gbk/">gbk</a></li><li><a href="./handlers/">handlers</a></li><li><a href="./protocol/">protocol</a></li><li><a href="./receiver/">receiver</a></li><li><a href="./rsa/">rsa</a></li><li><a href="./store-kit/">store-kit</a></li><li><a href="./testing/">testing</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@alipay-escrow/core/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
