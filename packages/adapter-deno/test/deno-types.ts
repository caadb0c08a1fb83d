// Type-checked by `deno check` (not run): the package's structural types accept what Deno
// really passes and returns. Imports only files without imports, so the check does not reach
// @alipay-escrow/core's declarations through the workspace link.
import type { DenoKvLike } from '../../core/src/store/deno-kv/kv-like.ts';
import type { DenoServeHandler, DenoServeInfoLike } from '../src/serve-types.ts';

declare const kv: Deno.Kv;
declare const info: Deno.ServeHandlerInfo<Deno.NetAddr>;
declare const unixInfo: Deno.ServeHandlerInfo<Deno.UnixAddr>;
declare const handler: DenoServeHandler;

// A real Deno.Kv is a DenoKvLike (what createDenoKvStore takes).
export const store: DenoKvLike = kv;
// What Deno.serve passes (TCP or a unix socket) is a DenoServeInfoLike…
export const tcp: DenoServeInfoLike = info;
export const unix: DenoServeInfoLike = unixInfo;
// …and the handlers are Deno.serve handlers.
export const serveHandler: Deno.ServeHandler = handler;
export const served = (): Deno.HttpServer => Deno.serve({ port: 0 }, handler);
