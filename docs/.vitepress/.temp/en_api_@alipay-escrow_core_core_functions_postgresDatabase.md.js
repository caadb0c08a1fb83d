import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: postgresDatabase()","description":"","frontmatter":{"editLink":false},"headers":[],"relativePath":"en/api/@alipay-escrow/core/core/functions/postgresDatabase.md","filePath":"en/api/@alipay-escrow/core/core/functions/postgresDatabase.md"}');
const _sfc_main = { name: "en/api/@alipay-escrow/core/core/functions/postgresDatabase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">Documentation</a> / <a href="./../../">@alipay-escrow/core</a> / <a href="./../">core</a> / postgresDatabase</p><h1 id="function-postgresdatabase" tabindex="-1">Function: postgresDatabase() <a class="header-anchor" href="#function-postgresdatabase" aria-label="Permalink to &quot;Function: postgresDatabase()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> postgresDatabase</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">db</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SqlDatabase</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>A <code>SqlDatabase</code> over node-postgres: a <code>pg.Pool</code> (recommended: statements run on any free connection, each batch on one checked-out connection in a READ COMMITTED transaction) or a single connected <code>pg.Client</code> (everything runs one at a time on it, so that no statement lands inside another call&#39;s transaction).</p><p>Cost in network round trips: <code>all()</code> is one; <code>batch()</code> of N statements is N + 2 (BEGIN, each statement, COMMIT), and a batch reports each statement&#39;s <code>rowCount</code> as its changes (for a SELECT: the rows it returned) and its <code>rows</code>. The SQL store therefore writes each step of a notification as ONE statement sent through <code>all()</code> on Postgres.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Parameter</th><th>Type</th></tr></thead><tbody><tr><td><code>db</code></td><td>| <a href="./../interfaces/PgPoolLike"><code>PgPoolLike</code></a> | <a href="./../interfaces/PgClientLike"><code>PgClientLike</code></a></td></tr></tbody></table><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SqlDatabase"><code>SqlDatabase</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("en/api/@alipay-escrow/core/core/functions/postgresDatabase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const postgresDatabase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  postgresDatabase as default
};
