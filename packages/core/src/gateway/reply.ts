/**
 * Reading the gateway's XML replies (docs/internals/send-goods.md#reply): `<alipay><is_success>T|F</is_success>
 * [<error>CODE</error>] [<request>…</request>] [<response><X>…</X></response>] [<sign>] [<sign_type>]`.
 */
import { decodeBytes, normalizeCharset, type Charset } from '../charset/index.js';
import { AlipayEscrowError } from '../errors/error.js';
import { parseXml, type XmlElement } from '../protocol/xml.js';

export interface GatewayReply {
  /** The decoded XML text. */
  raw: string;
  ok: boolean;
  /** The `<error>` code when `ok` is false. */
  error?: string;
  /** `<response>`, when present. */
  response?: XmlElement;
  /** `<sign>` text, when present and non-empty. */
  sign?: string;
  /** `<sign_type>` text, when present and non-empty. */
  signType?: string;
}

export function invalidReply(service: string, problem: string, cause?: unknown): AlipayEscrowError {
  return new AlipayEscrowError('GATEWAY_RESPONSE_INVALID', `${service}: ${problem}.`, {
    hint: 'Check that gatewayUrl points at the Alipay gateway (or the sandbox); log the raw reply to see what came back.',
    status: 502,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** The XML declaration's encoding (ASCII-compatible prefix), or utf-8 when none is declared. */
function declaredCharset(bytes: Uint8Array, service: string): Charset {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]!);
  const m = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  if (!m) return 'utf-8';
  const label = m[1]!.toLowerCase();
  if (label === 'gb18030') return 'gbk'; // the WHATWG "gbk" decoder is the GB18030 decoder
  try {
    return normalizeCharset(label);
  } catch (cause) {
    throw invalidReply(service, `the reply declares encoding "${m[1]}", which is not utf-8 or gbk`, cause);
  }
}

/** Decodes the reply in its declared encoding and parses it into a GatewayReply. */
export function parseGatewayReply(bytes: Uint8Array, service: string): GatewayReply {
  let raw: string;
  try {
    raw = decodeBytes(bytes, declaredCharset(bytes, service));
  } catch (cause) {
    if (AlipayEscrowError.is(cause) && cause.code === 'GATEWAY_RESPONSE_INVALID') throw cause;
    throw invalidReply(service, 'the reply is not valid text in its declared encoding', cause);
  }
  const root = parseXml(raw, { context: service });
  if (root.name !== 'alipay') throw invalidReply(service, `the reply's root element is <${root.name}>, not <alipay>`);
  const single = (name: string): XmlElement | undefined => {
    const found = root.children.filter((c) => c.name === name);
    if (found.length > 1) throw invalidReply(service, `the reply has ${found.length} <${name}> elements`);
    return found[0];
  };
  const isSuccess = single('is_success')?.text.trim();
  if (isSuccess !== 'T' && isSuccess !== 'F') {
    throw invalidReply(
      service,
      `<is_success> is ${isSuccess === undefined ? 'missing' : JSON.stringify(isSuccess.slice(0, 20))}, not T or F`,
    );
  }
  const reply: GatewayReply = { raw, ok: isSuccess === 'T' };
  const response = single('response');
  if (response) reply.response = response;
  const sign = single('sign')?.text.trim();
  if (sign) reply.sign = sign;
  const signType = single('sign_type')?.text.trim();
  if (signType) reply.signType = signType;
  if (!reply.ok) {
    const error = single('error')?.text.trim();
    if (!error) throw invalidReply(service, 'the reply says is_success=F but carries no <error> code');
    reply.error = error;
  }
  return reply;
}

/** name → text of each child of `el`, in document order; duplicate names make the reply invalid. */
export function childPairs(el: XmlElement, service: string): [string, string][] {
  const seen = new Set<string>();
  return el.children.map((c) => {
    if (seen.has(c.name)) throw invalidReply(service, `<${el.name}> has two <${c.name}> elements`);
    seen.add(c.name);
    return [c.name, c.text];
  });
}
