import type { RawParam, SignType } from '@alipay-escrow/core/protocol';
import type { Charset } from '@alipay-escrow/core/charset';
import type { ResolvedConfig } from '../config.js';
import { decodeParams, requestCharset } from './request-params.js';
import { verifySignedRequest } from './verify-request.js';

/** A server-to-server call that passed the gateway's checks: its decoded parameters. */
export interface VerifiedCall {
  params: Record<string, string>;
  charset: Charset;
  signType: SignType;
}

/** Charset, partner, sign_type and sign checks, then decoding (throws the gateway's code). */
export async function verifiedCall(raw: RawParam[], config: ResolvedConfig): Promise<VerifiedCall> {
  const charset = requestCharset(raw);
  const signType = await verifySignedRequest(raw, config, charset);
  return { params: decodeParams(raw, charset), charset, signType };
}

export function givenParam(params: Record<string, string>, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}
