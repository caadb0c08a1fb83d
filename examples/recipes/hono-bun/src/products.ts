// What the shop sells. An order's price and subject (what the buyer sees at the cashier) come from
// this list, never from the request: a buyer who could send a price would pay what they liked.

/** A product: the subject shown to the buyer and the unit price in yuan. */
export interface Product {
  subject: string;
  price: string;
}

// #region products
// A Map, so that a productId such as "__proto__" or "toString" finds nothing.
export const PRODUCTS: ReadonlyMap<string, Product> = new Map([
  ['sample', { subject: '测试商品', price: '0.01' }],
  ['gift-box', { subject: '茶叶礼盒', price: '88.00' }],
]);

/**
 * The order a client may ask for: `{"productId": "sample", "quantity": 1}` and nothing else. A body
 * that also sends a price, a subject or any other field is refused, so a client that tries is
 * told so instead of being charged something it did not expect.
 */
export function readOrderRequest(body: unknown): { product: Product; quantity: number } | { error: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { error: 'Send {"productId": "sample", "quantity": 1}.' };
  const { productId, quantity, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0)
    return {
      error: `Send only productId and quantity, not ${extra.join(', ')}: price and subject come from the shop's product list.`,
    };
  const product = typeof productId === 'string' ? PRODUCTS.get(productId) : undefined;
  if (product === undefined)
    return {
      error: `No product ${JSON.stringify(productId ?? null)}: productId is one of ${[...PRODUCTS.keys()].join(', ')}.`,
    };
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 99)
    return { error: 'quantity is a whole number from 1 to 99.' };
  return { product, quantity };
}
// #endregion products
