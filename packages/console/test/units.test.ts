// The pieces on their own: the options refuse an open or weak console, CSRF tokens expire and are
// bound to the operator, the html tag escapes every value.
import { AlipayEscrowError } from '@alipay-escrow/core';
import { describe, expect, it } from 'vitest';
import { csrfTokens, CSRF_TOKEN_LIFETIME_MS } from '../src/csrf.js';
import { html } from '../src/html.js';
import { createConsole, type ConsoleOptions } from '../src/index.js';
import { makeEscrow, SECRET } from './fixture.js';

function configError(options: unknown): AlipayEscrowError {
  try {
    createConsole(options as ConsoleOptions);
  } catch (error) {
    if (AlipayEscrowError.is(error)) return error;
    throw error;
  }
  throw new Error('createConsole accepted the options');
}

describe('createConsole options', () => {
  const escrow = makeEscrow();
  const authorize = () => 'ops';

  it('has no open default: authorize is required', () => {
    const error = configError({ escrow, secret: SECRET });
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain('authorize');
  });

  it('refuses a missing or short secret without echoing it', () => {
    for (const secret of [undefined, 'short-secret', new Uint8Array(31)]) {
      const error = configError({ escrow, authorize, secret });
      expect(error.code).toBe('CONFIG_INVALID');
      expect(error.message).toContain('32 bytes');
      expect(error.message).not.toContain('short-secret');
    }
  });

  it('refuses an escrow without the methods it uses, a bad basePath, pageSize or origin', () => {
    expect(configError({ escrow: {}, authorize, secret: SECRET }).message).toContain('escrow');
    expect(configError({ escrow, authorize, secret: SECRET, basePath: 'admin"><' }).message).toContain('basePath');
    expect(configError({ escrow, authorize, secret: SECRET, pageSize: 0 }).message).toContain('pageSize');
    expect(
      configError({ escrow, authorize, secret: SECRET, allowedOrigins: ['https://a.example/path'] }).message,
    ).toContain('allowedOrigins');
    expect(configError({ escrow, authorize, secret: SECRET, challenge: 'Basic\r\nSet-Cookie: x=1' }).message).toContain(
      'challenge',
    );
  });
});

describe('CSRF tokens', () => {
  const secret = new TextEncoder().encode(SECRET);

  it('accept their own operator within the lifetime, and nothing after it', async () => {
    let now = 1_800_000_000_000;
    const tokens = csrfTokens(secret, () => now);
    const token = await tokens.issue('ops');
    expect(await tokens.check('ops', token)).toBe(true);
    expect(await tokens.check('ops2', token)).toBe(false);
    now += CSRF_TOKEN_LIFETIME_MS + 1;
    expect(await tokens.check('ops', token)).toBe(false);
  });

  it('are refused by a console with another secret', async () => {
    const token = await csrfTokens(secret, Date.now).issue('ops');
    const other = csrfTokens(new TextEncoder().encode(`${SECRET}-rotated`), Date.now);
    expect(await other.check('ops', token)).toBe(false);
  });
});

describe('the html tag', () => {
  it('escapes every value, nested lists included, and keeps markup it made', () => {
    const evil = `<script>"'&`;
    const out = html`<p title="${evil}">${[evil, html`<b>${evil}</b>`]}${null}${false}${0}</p>`.markup;
    expect(out).toBe(
      '<p title="&lt;script&gt;&quot;&#39;&amp;">&lt;script&gt;&quot;&#39;&amp;<b>&lt;script&gt;&quot;&#39;&amp;</b>0</p>',
    );
  });
});
