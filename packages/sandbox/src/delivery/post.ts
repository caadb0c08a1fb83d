/** One HTTP delivery of a notification to the merchant's notify_url, the way Alipay sends it. */

/** The headers Alipay's notifier really sends (docs/internals/notifications.md#delivery): the content type is malformed on purpose. */
export const NOTIFY_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/x-www-form-urlencoded; text/html; charset=UTF-8',
  'user-agent': 'Mozilla/4.0',
};

export interface PostOutcome {
  httpStatus: number | null;
  /** The first 200 characters of the body. */
  reply: string | null;
  /** True only for HTTP 200 with the body exactly `success`. */
  acknowledged: boolean;
  /** Why no HTTP answer came. */
  error?: string;
}

const REPLY_PREVIEW = 200;

/** `fetch failed (ECONNREFUSED)`: the error's message and what its cause says (a system code, else its short message). */
function networkMessage(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const cause = e instanceof Error ? (e.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' && /^[A-Z_]+$/.test(cause.code) ? cause.code : undefined;
  const why = code ?? (typeof cause?.message === 'string' && cause.message.length <= 80 ? cause.message : undefined);
  return why === undefined || message.includes(why) ? message : `${message} (${why})`;
}

export async function postNotification(
  fetchFn: typeof fetch,
  url: string,
  body: string,
  timeoutMs: number,
): Promise<PostOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const controller = new AbortController();
  try {
    timer = setTimeout(() => controller.abort(), timeoutMs);
    const res = await fetchFn(url, {
      method: 'POST',
      headers: NOTIFY_HEADERS,
      body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const text = await res.text();
    return {
      httpStatus: res.status,
      reply: text.slice(0, REPLY_PREVIEW),
      acknowledged: res.status === 200 && text === 'success',
    };
  } catch (e) {
    const error = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : `network error: ${networkMessage(e)}`;
    return { httpStatus: null, reply: null, acknowledged: false, error };
  } finally {
    clearTimeout(timer);
  }
}
