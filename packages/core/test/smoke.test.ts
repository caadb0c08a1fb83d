import { describe, expect, it } from 'vitest';
import { oracleVectors } from './fixtures/vectors.js';
import { AlipayEscrowError } from '../src/errors/error.js';

describe('fixtures', () => {
  it('load', () => {
    expect(oracleVectors.signing.length).toBeGreaterThan(0);
    const e = new AlipayEscrowError('SIGN_MISMATCH', 'x', { hint: 'y' });
    expect(AlipayEscrowError.is(e)).toBe(true);
  });
});
