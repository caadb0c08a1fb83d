const SECRET_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

/** The request's headers for the log, with credentials replaced by `[redacted]`. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value;
  });
  return out;
}
