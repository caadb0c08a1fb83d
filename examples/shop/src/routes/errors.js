/** How a thrown error becomes an HTTP status and a message a person can act on (never a key). */
export function errorStatus(e) {
  const status = e && typeof e === 'object' && typeof e.status === 'number' ? e.status : 500;
  return status >= 400 && status <= 599 ? status : 500;
}

export function errorJson(e) {
  const code = e && typeof e === 'object' && typeof e.code === 'string' ? e.code : 'INTERNAL_ERROR';
  const message = e instanceof Error ? e.message : String(e);
  const hint = e && typeof e === 'object' && typeof e.hint === 'string' ? e.hint : undefined;
  return { error: hint === undefined ? { code, message } : { code, message, hint } };
}

export function errorText(e) {
  const { error } = errorJson(e);
  return `${error.code}：${error.message}${error.hint && !error.message.includes(error.hint) ? `（${error.hint}）` : ''}`;
}
