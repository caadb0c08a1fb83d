// What Deno.serve hands a handler, typed structurally (no Deno types needed to build; see
// test/deno-types.ts for the check against Deno's own types).

/**
 * The second argument `Deno.serve` passes to its handler (Deno.ServeHandlerInfo), typed
 * structurally: a TCP connection's `remoteAddr.hostname` is the client address.
 */
export interface DenoServeInfoLike {
  /** The peer's address (Deno.Addr). */
  readonly remoteAddr: DenoAddrLike;
}

/** The part of a `Deno.Addr` the handlers read, typed structurally. */
export interface DenoAddrLike {
  /** `tcp`, `udp`, `unix`, ... (Deno's `transport`). */
  readonly transport: string;
  /** The client's IP address for a TCP connection; absent for a Unix socket. */
  readonly hostname?: string;
}

/** A `Deno.serve` handler (also callable without `info`, e.g. from a router). */
export type DenoServeHandler = (request: Request, info?: DenoServeInfoLike) => Promise<Response>;
