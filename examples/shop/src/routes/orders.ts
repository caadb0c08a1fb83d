/** Creating orders (shared by the pages and the JSON API): the shop's row, then the signed request. */
import { AlipayEscrowError, type Escrow, type EscrowOrder, type PaymentRequest } from '@alipay-escrow/core';
import type { LogisticsOptions } from '@alipay-escrow/core/protocol';
import { newOutTradeNo } from '../order-number.js';
import type { NewShopOrder, ShopDb } from '../shop-db.js';

export { newOutTradeNo };

/** What an order asks for, before it has a number and a buyer. */
export type OrderInput = Omit<NewShopOrder, 'outTradeNo' | 'buyer'>;

/** The EscrowOrder of a stored shop order: the same input each time, so createPayment answers the same request. */
export function escrowOrderOf(shop: NewShopOrder): EscrowOrder {
  return {
    outTradeNo: shop.outTradeNo,
    subject: shop.subject,
    price: shop.price,
    quantity: shop.quantity,
    logistics: shop.logistics,
  };
}

function badInput(field: string, message: string, hint: string): AlipayEscrowError {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', message, { field, hint, status: 400 });
}

/** Checks the shape of an order request; the amounts and logistics options themselves are checked by createPayment. */
export function readOrderInput(body: unknown): OrderInput {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badInput('body', 'The body must be a JSON object.', 'Send {"subject": "…", "price": "0.01", "quantity": 1}.');
  }
  const { subject, price, quantity, logistics } = body as Record<string, unknown>;
  if (typeof subject !== 'string' || subject.trim() === '')
    throw badInput('subject', 'subject must be a non-empty string.', 'Name the goods, e.g. "测试商品".');
  if (typeof price !== 'string')
    throw badInput('price', 'price must be a string of yuan such as "0.01".', 'Send the price as a decimal string.');
  const qty = typeof quantity === 'string' && /^\d+$/.test(quantity) ? Number(quantity) : quantity;
  if (typeof qty !== 'number' || !Number.isInteger(qty) || qty < 1)
    throw badInput('quantity', 'quantity must be a positive integer.', 'Send e.g. 1.');
  let options: unknown[];
  if (logistics === undefined || logistics === null)
    options = [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }];
  else if (Array.isArray(logistics)) options = logistics;
  else if (typeof logistics === 'object') options = [logistics];
  else
    throw badInput(
      'logistics',
      'logistics must be an object {type, fee, payment} or an array of 1–3 of them.',
      'E.g. {"type": "EXPRESS", "fee": "0.00", "payment": "SELLER_PAY"}.',
    );
  // Passed on as sent: createPayment checks the count and every option, and its error is the answer.
  return { subject, price, quantity: qty, logistics: options as unknown as LogisticsOptions };
}

/** Stores the shop's row and the escrow order; throws (nothing stored) when the request is invalid. */
export async function placeOrder(
  escrow: Escrow,
  shopDb: ShopDb,
  input: OrderInput,
  buyer: string | null,
): Promise<{ shop: NewShopOrder; request: PaymentRequest }> {
  const shop: NewShopOrder = { outTradeNo: newOutTradeNo(), buyer, ...input };
  const request = await escrow.createPayment(escrowOrderOf(shop));
  shopDb.addOrder(shop);
  return { shop, request };
}
