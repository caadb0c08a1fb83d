import { AlipayEscrowError } from '../../errors/error.js';
import { isErrorCode } from '../../errors/codes.js';
import type { GatewayRefusal } from '../../gateway/types.js';

/** A refusal from the gateway as the error a merchant-initiated call throws. */
export function refusalError(call: string, refusal: GatewayRefusal): AlipayEscrowError {
  const code = isErrorCode(refusal.error) ? refusal.error : 'GATEWAY_RESPONSE_INVALID';
  return new AlipayEscrowError(code, `${call}: the gateway refused with ${refusal.error}.`, {
    hint: `Run \`alipay-escrow explain ${refusal.error}\` for the cause and the fix.`,
    status: 502,
  });
}

/** The gateway answered about another trade than the one asked for. */
export function wrongTradeError(call: string, asked: string, answered: string): AlipayEscrowError {
  return new AlipayEscrowError(
    'GATEWAY_RESPONSE_INVALID',
    `${call}: asked about order ${asked} but the gateway answered about ${answered}.`,
    {
      hint: 'Nothing was applied. Check that the gateway URL and partner are the ones this order was created with.',
      status: 502,
    },
  );
}

export function unknownOrderError(outTradeNo: string): AlipayEscrowError {
  return new AlipayEscrowError('UNKNOWN_ORDER', `No order ${JSON.stringify(outTradeNo)} in the store.`, {
    hint: 'Create orders with createPayment (it stores them) and check that the store points at the right database.',
    status: 404,
  });
}
