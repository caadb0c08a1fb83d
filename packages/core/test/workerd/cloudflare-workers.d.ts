// The one thing the workerd tests take from 'cloudflare:workers' (provided by workerd and
// @cloudflare/vitest-pool-workers at run time). Bindings are typed where they are used.
declare module 'cloudflare:workers' {
  export const env: Record<string, unknown>;
}
