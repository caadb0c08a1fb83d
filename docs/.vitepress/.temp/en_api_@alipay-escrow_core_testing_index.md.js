import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"testing","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/testing/index.md","filePath":"en/api/@alipay-escrow/core/testing/index.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/testing/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">Documentation</a> / <a href="./../">@alipay-escrow/core</a> / testing</p><h1 id="testing" tabindex="-1">testing <a class="header-anchor" href="#testing" aria-label="Permalink to &quot;testing&quot;">​</a></h1><p><code>@alipay-escrow/core/testing</code>: helpers for your own tests — signed notifications and returns for any status, tampered ones, and a stand-in for the gateway&#39;s notify_verify. Web APIs only.</p><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AcceptingNotifyIds">AcceptingNotifyIds</a></li><li><a href="./interfaces/ResignOptions">ResignOptions</a></li><li><a href="./interfaces/TestNotification">TestNotification</a></li><li><a href="./interfaces/TestNotificationInput">TestNotificationInput</a></li><li><a href="./interfaces/TestReturn">TestReturn</a></li><li><a href="./interfaces/TestReturnInput">TestReturnInput</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/FieldChanges">FieldChanges</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/ALIPAY_NOTIFY_CONTENT_TYPE">ALIPAY_NOTIFY_CONTENT_TYPE</a></li><li><a href="./variables/ALIPAY_NOTIFY_USER_AGENT">ALIPAY_NOTIFY_USER_AGENT</a></li><li><a href="./variables/TEST_DEFAULTS">TEST_DEFAULTS</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/acceptingNotifyIds">acceptingNotifyIds</a></li><li><a href="./functions/buildTestNotification">buildTestNotification</a></li><li><a href="./functions/buildTestReturn">buildTestReturn</a></li><li><a href="./functions/formatAlipayTime">formatAlipayTime</a></li><li><a href="./functions/parseAlipayTime">parseAlipayTime</a></li><li><a href="./functions/randomNotifyId">randomNotifyId</a></li><li><a href="./functions/randomReturnNotifyId">randomReturnNotifyId</a></li><li><a href="./functions/resignNotification">resignNotification</a></li><li><a href="./functions/tamperNotification">tamperNotification</a></li><li><a href="./functions/testTradeNo">testTradeNo</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/testing/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
