export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false };

/**
 * Reads the request body as raw bytes without ever holding more than `maxBytes` (+ one chunk):
 * a Content-Length over the limit is refused before reading, a stream that grows past it is
 * cancelled. Content-Type is not looked at (Alipay's is often malformed).
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^[0-9]+$/.test(declared.trim()) && Number(declared.trim()) > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return { ok: false };
  }
  if (declared !== null && /^[0-9]+$/.test(declared.trim())) {
    // A declared length within the cap: one read, which lets servers that wrap Node's request
    // (e.g. @hono/node-server) skip building a web stream. The length is checked again after.
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.length > maxBytes ? { ok: false } : { ok: true, bytes };
  }
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false };
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
