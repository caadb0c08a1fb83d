import { AlipayEscrowError } from '@alipay-escrow/core';
import { resolveGateway } from '@alipay-escrow/core/protocol';
import { bareErrorMessage } from '@alipay-escrow/core/errors';
import { UsageError } from '../usage-error.js';

/**
 * `--gateway URL`: checked by the library's own rule (https, plain http only for a loopback
 * sandbox, no query/fragment/credentials), reported as a usage error naming the flag.
 */
export function parseGatewayOption(value: string | undefined): string {
  try {
    return resolveGateway(value).url;
  } catch (error) {
    if (!AlipayEscrowError.is(error)) throw error;
    throw new UsageError(bareErrorMessage(error).replace(/\bgatewayUrl\b/g, '--gateway'), {
      ...(error.hint ? { hint: error.hint.replace(/\bgatewayUrl\b/g, '--gateway') } : {}),
    });
  }
}

/** `<gateway>?<query>`. */
export function withQuery(gateway: string, query: string): string {
  return query === '' ? gateway : `${gateway}?${query}`;
}
