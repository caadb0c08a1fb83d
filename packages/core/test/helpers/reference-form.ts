// A deliberately naive form-urlencoded decoder, independent of the library's parser, so tests can
// check what the library produced without trusting the library to read it back.

/** Form-urlencoded text → raw bytes ('+' is a space; no charset involved). */
export function referencePercentDecode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '+') out.push(0x20);
    else if (c === '%') {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c.charCodeAt(0));
  }
  return new Uint8Array(out);
}

/** A form body or query string decoded in `charset`, as ordered pairs. */
export function referenceDecodeForm(body: string, charset: 'utf-8' | 'gbk'): [string, string][] {
  const decoder = new TextDecoder(charset, { fatal: true });
  return body.split('&').map((part) => {
    const eq = part.indexOf('=');
    return [
      decoder.decode(referencePercentDecode(part.slice(0, eq))),
      decoder.decode(referencePercentDecode(part.slice(eq + 1))),
    ];
  });
}
