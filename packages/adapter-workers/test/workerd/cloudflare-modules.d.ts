// What the workerd tests take from the modules @cloudflare/vitest-pool-workers provides at run
// time (the full declarations need Cloudflare's global types, which clash with the DOM lib here).
declare module 'cloudflare:workers' {
  export const env: Record<string, unknown>;
  export const exports: { default: { fetch(request: Request): Promise<Response> } };
}

declare module 'cloudflare:test' {
  export function applyD1Migrations(db: unknown, migrations: unknown, migrationsTableName?: string): Promise<void>;
  export function createExecutionContext(): {
    waitUntil(promise: Promise<unknown>): void;
    passThroughOnException(): void;
  };
  export function waitOnExecutionContext(ctx: unknown): Promise<void>;
}
