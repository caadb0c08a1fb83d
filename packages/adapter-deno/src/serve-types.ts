// What Deno.serve hands a handler, typed structurally (no Deno types needed to build; see
// test/deno-types.ts for the check against Deno's own types).

/**
 * The second argument `Deno.serve` passes to its handler (Deno.ServeHandlerInfo), typed
 * structurally: a TCP connection's `remoteAddr.hostname` is the client address.
 */
export interface DenoServeInfoLike {
  /**
   * The peer's address (Deno.Addr).
   * @property __type.transport - `tcp`, `udp`, `unix`, ... (Deno's `transport`).
   * @property __type.hostname - The client's IP address for a TCP connection; absent for a Unix socket.
   */
  readonly remoteAddr: { readonly transport: string; readonly hostname?: string };
}

/** A `Deno.serve` handler (also callable without `info`, e.g. from a router). */
export type DenoServeHandler = (request: Request, info?: DenoServeInfoLike) => Promise<Response>;
