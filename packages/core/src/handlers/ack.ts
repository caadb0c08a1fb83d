/** The two bodies Alipay understands on notify_url (docs/internals/notifications.md#reply): exactly these 7 or 4 bytes. */
export type Ack = 'success' | 'fail';

/** `success` / `fail` as text/plain, nothing else in the body. */
export function ackResponse(ack: Ack, status = 200, headers?: Record<string, string>): Response {
  return new Response(ack, { status, headers: headers === undefined ? ACK_HEADERS : { ...ACK_HEADERS, ...headers } });
}

/** The headers of every ack (Response copies them, so one object serves all). */
const ACK_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };
