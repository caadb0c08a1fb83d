/**
 * What the server knows about a request beyond the web `Request` itself: the optional second
 * argument of `handleNotify` and `handleReturn`. Adapters fill it in from their framework (the
 * socket, Deno's `remoteAddr`, Cloudflare's header); leave a field out when the runtime cannot
 * tell.
 */
export interface RequestInfo {
  /**
   * The client's IP address as the server saw the connection (not read from a header), for the
   * notification log and `ipAllowList`. Behind a proxy, leave the header to
   * `ipAllowList.trustedProxyHeader` instead of putting it here.
   */
  remoteAddress?: string;
}
