import { describe, expect, it } from 'vitest';
import { jsonOf, runCli } from './helpers/run-cli.js';
import { oracle } from './helpers/vectors.js';

const GATEWAY = 'https://mapi.alipay.com/gateway.do';

describe('sign: every oracle signing vector (official PHP demo output)', () => {
  for (const c of oracle.signing) {
    it(`${c.id} (${c.charset})`, async () => {
      const run = await runCli(['sign', '--key', c.key, '--charset', c.charset], JSON.stringify(c.params));
      expect(run.code).toBe(0);
      const out = jsonOf(run);
      expect(out['presign']).toBe(c.presign);
      expect(out['sign']).toBe(c.sign);
      expect(out['url']).toBe(`${GATEWAY}?${c.request_query}`);
      // The sent fields, in the order the demo's form lists them (empty values are not sent).
      expect(Object.entries(out['params'] as Record<string, string>)).toEqual(c.form_fields);
    });
  }
});

describe('sign --form', () => {
  it('renders every sent field HTML-escaped in a form whose action carries _input_charset', async () => {
    const c = oracle.signing.find((v) => v.id === 'SU14_html_specials')!;
    const run = await runCli(['sign', '--key', c.key, '--charset', c.charset, '--form'], JSON.stringify(c.params));
    expect(run.code).toBe(0);
    const form = jsonOf(run)['form'] as string;
    expect(form).toContain(`action="${GATEWAY}?_input_charset=utf-8"`);
    // The apostrophe no longer cuts the value short and "&amp;" survives as text (vector SU14).
    expect(form).toContain('name="subject" value="It&#39;s &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; more"');
    expect(form).toContain('name="body" value="a&amp;amp;b &amp;lt;tag&amp;gt; &amp;#39;x&amp;#39; 商品"');
    expect(form).toContain(`name="sign" value="${c.sign}"`);
    expect(form).toContain('name="sign_type" value="MD5"');
    expect(form).toContain('<script');
    expect(form.match(/<input /g)).toHaveLength(c.form_fields.length);
  });

  it('uses the gbk charset in the action and accept-charset for a GBK request', async () => {
    const c = oracle.signing.find((v) => v.charset === 'gbk')!;
    const run = await runCli(['sign', '--key', c.key, '--charset', 'gbk', '--form'], JSON.stringify(c.params));
    expect(run.code).toBe(0);
    const form = jsonOf(run)['form'] as string;
    expect(form).toContain(`action="${GATEWAY}?_input_charset=gbk"`);
    expect(form).toContain('accept-charset="gbk"');
  });
});

describe('sign: options', () => {
  const c = oracle.signing.find((v) => v.id === 'SG02_full_demo_params')!;

  it('--gateway replaces the gateway in the URL, not the signature', async () => {
    const run = await runCli(
      ['sign', '--key', c.key, '--charset', 'gbk', '--gateway', 'http://127.0.0.1:7001/gateway.do'],
      JSON.stringify(c.params),
    );
    expect(run.code).toBe(0);
    const out = jsonOf(run);
    expect(out['url']).toBe(`http://127.0.0.1:7001/gateway.do?${c.request_query}`);
    expect(out['sign']).toBe(c.sign);
  });

  it('without --charset, signs in the _input_charset the params declare', async () => {
    const run = await runCli(['sign', '--key', c.key], JSON.stringify(c.params));
    expect(run.code).toBe(0);
    expect(jsonOf(run)['sign']).toBe(c.sign);
  });

  it('accepts gb2312 as gbk', async () => {
    const run = await runCli(['sign', '--key', c.key, '--charset', 'GB2312'], JSON.stringify(c.params));
    expect(run.code).toBe(0);
    expect(jsonOf(run)['sign']).toBe(c.sign);
  });

  it('adds nothing: params without _input_charset are signed as given', async () => {
    const run = await runCli(['sign', '--key', c.key], JSON.stringify({ service: 'x', partner: '2088000000000000' }));
    expect(run.code).toBe(0);
    const out = jsonOf(run);
    expect(out['presign']).toBe('partner=2088000000000000&service=x');
    expect(Object.keys(out['params'] as object)).toEqual(['partner', 'service', 'sign', 'sign_type']);
  });

  it('ignores sign and sign_type given on stdin and replaces them', async () => {
    const run = await runCli(
      ['sign', '--key', c.key, '--charset', 'gbk'],
      JSON.stringify({ ...c.params, sign: 'stale', sign_type: 'DSA' }),
    );
    expect(run.code).toBe(0);
    const out = jsonOf(run);
    expect(out['sign']).toBe(c.sign);
    expect((out['params'] as Record<string, string>)['sign_type']).toBe('MD5');
  });
});
