/**
 * What the ILLEGAL_SIGN page shows a tester: the pre-sign string the sandbox built from the
 * received bytes (no key in it) and, for MD5, the sign it expected — so the merchant's own
 * pre-sign string and sign can be compared character by character. Only the sandbox does this:
 * its key is a test key, and the page answers only the hosts the sandbox allows.
 */
import { escapeHtml, rawPresignBytes, signBytes, type RawParam } from '@alipay-escrow/core/protocol';
import { decodeBytes, type Charset } from '@alipay-escrow/core/charset';
import { verifyingKeys, type ResolvedConfig } from '../config.js';
import { plainValue } from './request-params.js';

/** The pre-sign string and, with an MD5 key, the expected sign of a signed request. */
export interface SignHelp {
  /** `name=value&…`: every parameter but sign, sign_type and empty ones, sorted, raw, decoded in the request's charset. */
  presign: string;
  /** The MD5 sign the sandbox expected; undefined for RSA (the merchant's private key signs). */
  expectedSign: string | undefined;
  /** The sign the request carried. */
  receivedSign: string | undefined;
  /** The request's sign_type. */
  signType: 'MD5' | 'RSA';
}

function readable(bytes: Uint8Array, charset: Charset): string {
  try {
    return decodeBytes(bytes, charset);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // not valid in the charset: shown with U+FFFD where the bytes are wrong
  }
}

/** Undefined when the request has no usable sign_type or the sandbox has no key of that type. */
export async function signHelp(
  params: readonly RawParam[],
  config: ResolvedConfig,
  charset: Charset,
): Promise<SignHelp | undefined> {
  const signType = plainValue(params, 'sign_type');
  if (signType !== 'MD5' && signType !== 'RSA') return undefined;
  const keys = verifyingKeys(config, signType);
  if (keys === undefined) return undefined;
  const bytes = rawPresignBytes(params);
  const expectedSign = keys.signType === 'MD5' ? await signBytes(bytes, keys, charset) : undefined;
  return { presign: readable(bytes, charset), expectedSign, receivedSign: plainValue(params, 'sign'), signType };
}

/** The section of the ILLEGAL_SIGN page (escaped HTML). */
export function signHelpHtml(help: SignHelp, charset: Charset): string {
  const expected =
    help.expectedSign === undefined
      ? '<p class="muted">sign_type=RSA：sign 由商户的私钥生成，沙箱只能验证，算不出应有的值；请核对待签名字符串。</p>'
      : `<p>沙箱用 MD5 密钥算出的 sign 应为 <code id="expected-sign">${escapeHtml(help.expectedSign)}</code></p>`;
  const received =
    help.receivedSign === undefined
      ? '<span class="muted">（没有 sign 参数）</span>'
      : `<code id="received-sign">${escapeHtml(help.receivedSign)}</code>`;
  return `<section id="sign-help"><h2>签名核对</h2>
<p>沙箱按收到的参数拼出的待签名字符串（${escapeHtml(charset)}，不含密钥）：</p>
<pre id="expected-presign">${escapeHtml(help.presign)}</pre>
${expected}
<p>请求里的 sign 是 ${received}</p>
<p class="muted">把它和你的程序签名前拼出的字符串逐字比较：除 sign、sign_type 和空值以外的全部参数，按参数名排序，用 &amp; 连接，值不做 URL 编码，按 _input_charset 的编码计算。</p>
</section>`;
}
