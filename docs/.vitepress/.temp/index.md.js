import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"alipay-escrow","text":"支付宝担保交易，订单状态与钱的状态始终一致","tagline":"create_partner_trade_by_buyer 的 TypeScript 实现：Node、Cloudflare Workers、Deno；Hono、Koa 或不用框架。自带本地沙箱，不需要支付宝账号也能把整个流程跑通。","actions":[{"theme":"brand","text":"五分钟上手","link":"/guide/getting-started"},{"theme":"alt","text":"接入示例","link":"/recipes/hono-node"},{"theme":"alt","text":"错误码","link":"/errors"}]},"features":[{"title":"伪造的通知永远不会把订单标成已付款","details":"按收到的原始字节验签（MD5 / RSA），签名只接受 32 位小写十六进制，再向网关 notify_verify 确认；拒绝的通知什么都不改，但一定写进日志。"},{"title":"一笔付款只履约一次","details":"状态迁移和待执行的钩子在同一次原子写入里提交；重复、迟到、乱序的通知都按状态机处理，钩子带幂等键。"},{"title":"数据库出问题也不丢通知","details":"存储写入失败就回答 fail，让支付宝按 2m、10m、10m、1h、2h、6h、15h 重发；重试只执行还没完成的钩子。"},{"title":"GBK 与 UTF-8 都按字节处理","details":"付款请求、通知和退货都支持 _input_charset=gbk，签名在三个运行时上逐字节一致。"}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}');
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
