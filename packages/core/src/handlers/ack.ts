/** The two bodies Alipay understands on notify_url (SPEC §2.5): exactly these 7 or 4 bytes. */
export type Ack = 'success' | 'fail';

/** `success` / `fail` as text/plain, nothing else in the body. */
export function ackResponse(ack: Ack, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(ack, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
