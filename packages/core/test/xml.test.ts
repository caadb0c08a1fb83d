import { describe, expect, it } from 'vitest';
import { parseXml, xmlChild, type XmlElement } from '../src/protocol/xml.js';
import type { AlipayEscrowError } from '../src/errors/error.js';
import samples from './fixtures/gateway-samples.json' with { type: 'json' };

function parseError(xml: string): AlipayEscrowError {
  try {
    parseXml(xml);
  } catch (e) {
    return e as AlipayEscrowError;
  }
  throw new Error(`expected a parse error for ${JSON.stringify(xml)}`);
}

const only = (el: XmlElement, name: string): XmlElement => {
  const c = xmlChild(el, name);
  if (!c) throw new Error(`no <${name}>`);
  return c;
};

describe('parseXml on the official samples', () => {
  it('send_goods success (S pp11-13): request echo, 26 tradeBase fields, sign', () => {
    const root = parseXml(samples.send_goods_response_success);
    expect(root.name).toBe('alipay');
    expect(root.children.map((c) => c.name)).toEqual(['is_success', 'request', 'response', 'sign', 'sign_type']);
    expect(only(root, 'is_success').text).toBe('T');
    const params = only(root, 'request').children;
    expect(params).toHaveLength(11);
    expect(params[1]).toMatchObject({ name: 'param', text: '天天' });
    expect(params[1]!.attributes.name).toBe('logistics_name');
    const tradeBase = only(only(root, 'response'), 'tradeBase');
    expect(tradeBase.children).toHaveLength(26);
    expect(only(tradeBase, 'buyer_actions').text).toBe('[REFUND,CONFIRM_GOODS]');
    expect(only(tradeBase, 'create_time').text).toBe('2008-04-09 16:10:25');
    expect(only(root, 'sign').text).toBe('eb07c7407bafa62ec7c0804751a21c1e');
  });

  it('send_goods error (S p13)', () => {
    const root = parseXml(samples.send_goods_response_error);
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['is_success', 'F'],
      ['error', 'TRADE_NOT_EXIST'],
    ]);
  });
});

describe('parseXml syntax', () => {
  it('decodes the five entities and decimal/hex character references', () => {
    const root = parseXml('<a>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#20013;&#x6587; &#x1F600;</a>');
    expect(root.text).toBe(`<b> & "q" 's' 中文 😀`);
  });

  it('keeps CDATA verbatim and joins it with text; comments and PIs are skipped', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a>x<![CDATA[<&>]]>y<!-- z --><?pi data?></a><!-- end -->\n');
    expect(root.text).toBe('x<&>y');
    expect(root.children).toEqual([]);
  });

  it('reads attributes in either quote style, decoded, and self-closing elements', () => {
    const root = parseXml(`<r><p name="a&amp;b" other='x "y"'/><q  k = "1" ></q></r>`);
    expect(root.children[0]!.attributes).toEqual({ name: 'a&b', other: 'x "y"' });
    expect(root.children[1]!.attributes).toEqual({ k: '1' });
    expect(root.children[1]!.text).toBe('');
  });

  it('normalises CRLF to LF and ignores a BOM; keeps whitespace in text', () => {
    const root = parseXml('\uFEFF<?xml version="1.0" encoding="GBK"?>\r\n<a> x\r\ny </a>');
    expect(root.text).toBe(' x\ny ');
  });

  it('an attribute named __proto__ is an ordinary key', () => {
    const root = parseXml('<a __proto__="x"/>');
    // biome-ignore lint/suspicious/noProto: the test proves a __proto__ attribute is stored as plain data
    expect(root.attributes['__proto__']).toBe('x');
    expect(Object.keys(root.attributes)).toEqual(['__proto__']);
  });

  it('deep nesting does not overflow the stack', () => {
    const depth = 20000;
    const root = parseXml('<a>'.repeat(depth) + 'x' + '</a>'.repeat(depth));
    let el = root;
    for (let i = 1; i < depth; i++) el = el.children[0]!;
    expect(el.text).toBe('x');
  });

  const malformed: [string, string, RegExp][] = [
    ['a DOCTYPE (entity tricks)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DTD/],
    ['a DOCTYPE inside an element', '<a><!DOCTYPE b></a>', /DTD/],
    ['an unknown entity', '<a>&nbsp;</a>', /entity/],
    ['a bare ampersand', '<a>AT&T</a>', /entity/],
    ['a reference to NUL', '<a>&#0;</a>', /reference/],
    ['a reference past U+10FFFF', '<a>&#x110000;</a>', /reference/],
    ['mismatched tags', '<a><b></a></b>', /closes/],
    ['an unclosed element', '<a><b></b>', /unclosed/],
    ['two roots', '<a/><b/>', /after the root/],
    ['text after the root', '<a/>x', /after the root/],
    ['text before the root', 'x<a/>', /root element/],
    ['empty input', '', /no root/],
    ['only a declaration', '<?xml version="1.0"?>', /no root/],
    ['a late XML declaration', '<a/><?xml version="1.0"?>', /very start/],
    ['a malformed declaration', '<?xml encoding="utf-8"?><a/>', /declaration/],
    ['an unquoted attribute', '<a b=c/>', /quoted/],
    ['a duplicate attribute', '<a b="1" b="2"/>', /duplicate/],
    ['"<" in an attribute', '<a b="<"/>', /attribute/],
    ['attributes without space', '<a b="1"c="2"/>', /whitespace/],
    ['an unterminated comment', '<a><!-- x</a>', /unterminated comment/],
    ['"--" in a comment', '<a><!-- x -- y --></a>', /--/],
    ['an unterminated CDATA', '<a><![CDATA[x</a>', /CDATA/],
    ['"]]>" in text', '<a>x]]>y</a>', /]]>/],
    ['a NUL character', '<a>\u0000</a>', /U\+0000/],
    ['HTML', '<html><body><p>Error<br></body></html>', /closes/],
    ['a closing tag first', '</a>', /root element/],
  ];
  for (const [label, xml, why] of malformed) {
    it(`rejects ${label} with GATEWAY_RESPONSE_INVALID`, () => {
      const e = parseError(xml);
      expect(e.code).toBe('GATEWAY_RESPONSE_INVALID');
      expect(e.message).toMatch(why);
      expect(e.message).toMatch(/line \d+, column \d+/);
    });
  }
});
