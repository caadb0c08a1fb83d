/** How a thrown error becomes an HTTP status and a message a person can act on (never a key). */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorJson {
  error: { code: string; message: string; hint?: string };
}

/** A property of whatever was thrown (AlipayEscrowError has `code`, `status` and `hint`). */
const propertyOf = (e: unknown, name: string): unknown =>
  e !== null && typeof e === 'object' ? (e as Record<string, unknown>)[name] : undefined;

export function errorStatus(e: unknown): ContentfulStatusCode {
  const given = propertyOf(e, 'status');
  const status = typeof given === 'number' && given >= 400 && given <= 599 ? given : 500;
  // Every 4xx/5xx answer has a body; hono's type lists only the registered codes.
  return status as ContentfulStatusCode;
}

export function errorCode(e: unknown): string {
  const code = propertyOf(e, 'code');
  return typeof code === 'string' ? code : 'INTERNAL_ERROR';
}

export function errorJson(e: unknown): ErrorJson {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  const hint = propertyOf(e, 'hint');
  return { error: typeof hint === 'string' ? { code, message, hint } : { code, message } };
}

export function errorText(e: unknown): string {
  const { error } = errorJson(e);
  return `${error.code}：${error.message}${error.hint && !error.message.includes(error.hint) ? `（${error.hint}）` : ''}`;
}
