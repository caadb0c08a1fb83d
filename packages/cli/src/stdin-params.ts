import { UsageError } from './usage-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Parses the JSON object of request parameters given on stdin. Every value must be a JSON string
 * (an amount is "0.01", a quantity "1"): numbers would have to be formatted, and formatting is
 * exactly where signatures go wrong.
 */
export function parseParamsJson(bytes: Uint8Array): Record<string, string> {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UsageError('stdin is not UTF-8 text.', {
      hint: 'Write the JSON in UTF-8 even for --charset gbk: the charset only decides which bytes get signed and sent.',
    });
  }
  if (text.trim() === '') {
    throw new UsageError('stdin is empty: expected a JSON object of string parameters.', {
      hint: `Example: echo '{"service":"create_partner_trade_by_buyer","partner":"2088…"}' | alipay-escrow sign --key-file key.txt`,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`stdin is not valid JSON (${jsonErrorWithoutInput(error)}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      `stdin must be a JSON object of parameters, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}.`,
    );
  }
  const params: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v !== 'string') {
      throw new UsageError(
        `Parameter ${JSON.stringify(name)} is ${v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`}; every value must be a JSON string.`,
        {
          hint: 'Quote it exactly as it should be sent, e.g. "price": "0.01", "quantity": "1". Leave out a parameter you do not use.',
        },
      );
    }
    params[name] = v;
  }
  if (Object.keys(params).length === 0) {
    throw new UsageError('stdin holds an empty object: there is nothing to sign.');
  }
  return params;
}

/**
 * JSON.parse's message without the piece of input it quotes (`Unexpected token 'x', "{"a": …"...
 * is not valid JSON`): stdin may hold a secret, and a quoted fragment of one cannot be masked.
 */
function jsonErrorWithoutInput(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/,\s*(?:\.\.\.)?".*$/s, '').trim();
}
