/** Creating orders (shared by the pages and the JSON API): the shop's row, then the signed request. */
import { AlipayEscrowError } from '@alipay-escrow/core';
import { newOutTradeNo } from '../order-number.js';

export { newOutTradeNo };

/** The EscrowOrder of a stored shop order: the same input each time, so createPayment answers the same request. */
export function escrowOrderOf(shop) {
  return { outTradeNo: shop.outTradeNo, subject: shop.subject, price: shop.price, quantity: shop.quantity, logistics: shop.logistics };
}

function badInput(field, message, hint) {
  return new AlipayEscrowError('ILLEGAL_ARGUMENT', message, { field, hint, status: 400 });
}

/** Checks the shape of an order request; the amounts themselves are checked by createPayment. */
export function readOrderInput(body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw badInput('body', 'The body must be a JSON object.', 'Send {"subject": "…", "price": "0.01", "quantity": 1}.');
  }
  const { subject, price, quantity, logistics } = body;
  if (typeof subject !== 'string' || subject.trim() === '') throw badInput('subject', 'subject must be a non-empty string.', 'Name the goods, e.g. "测试商品".');
  if (typeof price !== 'string') throw badInput('price', 'price must be a string of yuan such as "0.01".', 'Send the price as a decimal string.');
  const qty = typeof quantity === 'string' && /^\d+$/.test(quantity) ? Number(quantity) : quantity;
  if (!Number.isInteger(qty) || qty < 1) throw badInput('quantity', 'quantity must be a positive integer.', 'Send e.g. 1.');
  let options;
  if (logistics === undefined || logistics === null) options = [{ type: 'EXPRESS', fee: '0.00', payment: 'SELLER_PAY' }];
  else if (Array.isArray(logistics)) options = logistics;
  else if (typeof logistics === 'object') options = [logistics];
  else throw badInput('logistics', 'logistics must be an object {type, fee, payment} or an array of 1–3 of them.', 'E.g. {"type": "EXPRESS", "fee": "0.00", "payment": "SELLER_PAY"}.');
  return { subject, price, quantity: qty, logistics: options };
}

/** Stores the shop's row and the escrow order; throws (nothing stored) when the request is invalid. */
export async function placeOrder(escrow, shopDb, input, buyer) {
  const shop = { outTradeNo: newOutTradeNo(), buyer, ...input };
  const request = await escrow.createPayment(escrowOrderOf(shop));
  shopDb.addOrder(shop);
  return { shop, request };
}
