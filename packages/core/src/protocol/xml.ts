/**
 * A small, strict XML parser for the gateway's replies (`<alipay>…</alipay>`): elements,
 * attributes ("…" or '…'), text, CDATA, comments, processing instructions, the five predefined
 * entities and numeric character references. No DTD: `<!DOCTYPE` is refused outright, so no
 * entity expansion tricks are possible. Anything malformed throws GATEWAY_RESPONSE_INVALID.
 */
import { AlipayEscrowError } from '../errors/error.js';

export interface XmlElement {
  name: string;
  /** Attribute values, entity-decoded. A prototype-less object: any name is safe as a key. */
  attributes: Record<string, string>;
  /** Child elements, in document order (text, comments and PIs are not listed). */
  children: XmlElement[];
  /** All direct text and CDATA content, entity-decoded, concatenated (not trimmed). */
  text: string;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_.:\-\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\n]*/y;

class XmlReader {
  pos = 0;
  constructor(
    readonly src: string,
    /** Prefix for messages, e.g. the service whose reply this is. */
    readonly context: string,
  ) {}

  fail(problem: string, at = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new AlipayEscrowError(
      'GATEWAY_RESPONSE_INVALID',
      `${this.context}: the reply is not well-formed XML: ${problem} (line ${line}, column ${column}).`,
      {
        hint: 'Check gatewayUrl points at the Alipay gateway (or the sandbox); log the raw reply to see what came back.',
        status: 502,
      },
    );
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  skipSpace(): boolean {
    SPACE.lastIndex = this.pos;
    SPACE.test(this.src);
    const moved = SPACE.lastIndex > this.pos;
    this.pos = SPACE.lastIndex;
    return moved;
  }

  name(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`expected ${what}`);
    this.pos = NAME.lastIndex;
    return m[0];
  }

  expect(s: string, what = `"${s}"`): void {
    if (!this.startsWith(s)) this.fail(`expected ${what}`);
    this.pos += s.length;
  }

  /** Index of `s` at or after pos, or a failure naming the unterminated construct. */
  find(s: string, construct: string): number {
    const at = this.src.indexOf(s, this.pos);
    if (at < 0) this.fail(`unterminated ${construct}`);
    return at;
  }
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** Decodes entity and character references in raw text (between `from` and `to`). */
function decodeText(r: XmlReader, from: number, to: number): string {
  const raw = r.src.slice(from, to);
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, amp);
    const semi = raw.indexOf(';', amp);
    const ref = semi < 0 ? '' : raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (/^#[0-9]{1,7}$/.test(ref) || /^#x[0-9A-Fa-f]{1,6}$/.test(ref)) {
      const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (isXmlChar(cp)) value = String.fromCodePoint(cp);
    } else if (Object.hasOwn(PREDEFINED, ref)) {
      value = PREDEFINED[ref];
    }
    if (value === undefined)
      r.fail(`bad entity or character reference "&${ref.slice(0, 12)}${semi < 0 ? '' : ';'}"`, from + amp);
    out += value;
    i = semi + 1;
  }
  return out;
}

function parseAttributes(r: XmlReader, attributes: Record<string, string>): void {
  for (;;) {
    const spaced = r.skipSpace();
    if (r.startsWith('>') || r.startsWith('/>')) return;
    if (!spaced) r.fail('expected whitespace before an attribute');
    const at = r.pos;
    const name = r.name('an attribute name');
    if (Object.hasOwn(attributes, name)) r.fail(`duplicate attribute "${name}"`, at);
    r.skipSpace();
    r.expect('=', '"=" after the attribute name');
    r.skipSpace();
    const quote = r.src[r.pos];
    if (quote !== '"' && quote !== "'") r.fail('expected a quoted attribute value');
    r.pos++;
    const end = r.find(quote, 'attribute value');
    if (r.src.slice(r.pos, end).includes('<')) r.fail('"<" inside an attribute value');
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace characters become spaces.
    attributes[name] = decodeText(r, r.pos, end).replace(/[\t\n]/g, ' ');
    r.pos = end + 1;
  }
}

/** Skips comments, PIs and whitespace between top-level items; returns false at anything else. */
function skipMisc(r: XmlReader): boolean {
  r.skipSpace();
  if (r.startsWith('<!--')) {
    skipComment(r);
    return true;
  }
  if (r.startsWith('<?')) {
    skipPi(r);
    return true;
  }
  return false;
}

function skipComment(r: XmlReader): void {
  const start = r.pos;
  r.pos += 4;
  const end = r.find('-->', 'comment');
  if (r.src.slice(r.pos, end).includes('--')) r.fail('"--" inside a comment', start);
  r.pos = end + 3;
}

function skipPi(r: XmlReader): void {
  const start = r.pos;
  r.pos += 2;
  const target = r.name('a processing-instruction target');
  if (target.toLowerCase() === 'xml') r.fail('an XML declaration is only allowed at the very start', start);
  r.pos = r.find('?>', 'processing instruction') + 2;
}

function parseDeclaration(r: XmlReader): void {
  if (!/^<\?xml[ \t\n]/.test(r.src.slice(r.pos, r.pos + 6))) return;
  const end = r.find('?>', 'XML declaration');
  const decl = r.src.slice(r.pos + 5, end);
  if (
    !/^[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1([ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(yes|no)\5)?[ \t\n]*$/.test(
      decl,
    )
  ) {
    r.fail('malformed XML declaration');
  }
  r.pos = end + 2;
}

function newElement(name: string): XmlElement {
  return { name, attributes: Object.create(null) as Record<string, string>, children: [], text: '' };
}

/** Parses the content of elements iteratively (no recursion, so deep nesting cannot overflow). */
function parseRootElement(r: XmlReader): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (;;) {
    const current = stack[stack.length - 1];
    if (!current) {
      if (root) return root;
      if (r.pos >= r.src.length) r.fail('no root element');
      if (!r.startsWith('<') || r.startsWith('</')) r.fail('expected the root element');
    }
    if (r.pos >= r.src.length) r.fail(`unclosed element <${current!.name}>`);
    if (r.startsWith('</')) {
      const at = r.pos;
      r.pos += 2;
      const name = r.name('an element name');
      if (name !== current!.name) r.fail(`</${name}> closes <${current!.name}>`, at);
      r.skipSpace();
      r.expect('>', '">" to end the closing tag');
      stack.pop();
    } else if (r.startsWith('<!--')) {
      skipComment(r);
    } else if (r.startsWith('<![CDATA[')) {
      r.pos += 9;
      const end = r.find(']]>', 'CDATA section');
      current!.text += r.src.slice(r.pos, end);
      r.pos = end + 3;
    } else if (r.startsWith('<!')) {
      r.fail('DTDs and declarations are not allowed in a gateway reply');
    } else if (r.startsWith('<?')) {
      skipPi(r);
    } else if (r.startsWith('<')) {
      r.pos++;
      const el = newElement(r.name('an element name'));
      parseAttributes(r, el.attributes);
      if (current) current.children.push(el);
      else root = el;
      if (r.startsWith('/>')) r.pos += 2;
      else {
        r.pos++;
        stack.push(el);
      }
    } else {
      const end = r.src.indexOf('<', r.pos);
      const to = end < 0 ? r.src.length : end;
      const raw = r.src.slice(r.pos, to);
      if (raw.includes(']]>')) r.fail('"]]>" in text', r.pos + raw.indexOf(']]>'));
      current!.text += decodeText(r, r.pos, to);
      r.pos = to;
    }
  }
}

/**
 * Parses one XML document into its root element. Line ends are normalised to "\n" (XML §2.11);
 * a leading byte-order mark is ignored. Throws GATEWAY_RESPONSE_INVALID on any malformation,
 * on a DTD, and on characters XML forbids (NUL and other C0 controls). `options.context` starts
 * the error message (default "gateway").
 */
export function parseXml(source: string, options: { context?: string } = {}): XmlElement {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const r = new XmlReader(text, options.context ?? 'gateway');
  const bad = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]/.exec(text);
  if (bad)
    r.fail(`forbidden character U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, bad.index);
  parseDeclaration(r);
  while (skipMisc(r));
  if (r.startsWith('<!')) r.fail('DTDs and declarations are not allowed in a gateway reply');
  const root = parseRootElement(r);
  while (skipMisc(r));
  if (r.pos < r.src.length) r.fail('content after the root element');
  return root;
}

/** The first child element called `name`, if any. */
export function xmlChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}
