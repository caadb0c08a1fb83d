import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"alipay-escrow","text":"Alipay escrow, with your orders always in the state the money is in","tagline":"create_partner_trade_by_buyer for TypeScript on Node, Cloudflare Workers and Deno, with Hono, Koa or no framework. A local sandbox runs the whole flow without an Alipay account.","actions":[{"theme":"brand","text":"Getting started","link":"/en/guide/getting-started"},{"theme":"alt","text":"Recipes","link":"/en/recipes/hono-node"},{"theme":"alt","text":"Error codes","link":"/en/errors"}]},"features":[{"title":"A forged notice never marks an order paid","details":"The signature (MD5 or RSA) is checked over the raw bytes received, only as 32 lower-case hex digits, and the gateway confirms the notify_id; a rejected notice changes nothing and is always logged."},{"title":"One payment fulfils once","details":"A transition and the hooks it owes are committed in one atomic write; duplicate, late and out-of-order notices go through the state machine, and every hook gets an idempotency key."},{"title":"Nothing lost when the database hiccups","details":"A failed store write answers fail, so Alipay delivers again (after 2m, 10m, 10m, 1h, 2h, 6h, 15h); the retry runs only the hooks not yet done."},{"title":"GBK and UTF-8, byte for byte","details":"Payment requests, notifications and returns work with _input_charset=gbk, and signatures are byte-identical on all three runtimes."}]},"headers":[],"relativePath":"en/index.md","filePath":"en/index.md"}');
const _sfc_main = { name: "en/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
