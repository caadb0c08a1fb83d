import { AlipayEscrowError } from '@alipay-escrow/core';

export function json(value: unknown, status = 200): Response {
  return new Response(JSON.stringify(value), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/** `{"error": {"code", "message"}}` with the error's status (409 for an action not allowed now); the message ends with the hint. */
export function jsonError(error: AlipayEscrowError): Response {
  return json({ error: { code: error.code, message: error.message } }, error.status);
}

/** The request's JSON object body; an empty body is `{}`. Anything else is ILLEGAL_ARGUMENT (400). */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', 'The request body is not JSON.', {
      hint: 'Send a JSON object, e.g. {"logistics": 0}.',
      status: 400,
      cause,
    });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AlipayEscrowError('ILLEGAL_ARGUMENT', 'The request body is not a JSON object.', {
      hint: 'Send a JSON object, e.g. {"action": "apply"}.',
      status: 400,
    });
  }
  return value as Record<string, unknown>;
}
