import { AlipayEscrowError, createGatewayClient, verifyNotification } from '@alipay-escrow/core';
import type { NotifyIdChecker } from '@alipay-escrow/core/protocol';
import type { Command } from '../command.js';
import { parseCharsetOption } from '../options/charset.js';
import { parseGatewayOption } from '../options/gateway-url.js';
import { resolveKeys } from '../options/keys.js';
import { writeJson, writeNote } from '../output.js';
import { CONFIGURATION_CODES } from '../report-error.js';
import { parseCommandArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const usage =
  'usage: alipay-escrow verify (--key-file FILE | --key KEY | env ALIPAY_KEY) [--charset utf-8|gbk] (--partner P | --offline) [--gateway URL] [--sign-type MD5|RSA] [--alipay-public-key FILE] < body';

const VALID_OFFLINE_HINT =
  'Signature and notify_id are fine. The gateway was not asked (--offline); a handler must also have notify_verify answer "true" before trusting it.';
const VALID_ONLINE_HINT = 'Signature is fine and the gateway confirmed the notify_id (notify_verify answered "true").';

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'verify a raw notification body (the exact POST bytes) as a notify_url handler would',
  usage,
  help: `${usage}

Reads the raw notification body on stdin — the exact bytes Alipay POSTed, still percent-encoded —
and applies every rule of notification verification: exact signature over the received bytes,
sign_type must match, notify_id required, and (unless --offline) the gateway's notify_verify answer.

Prints one JSON object:
  {"valid": true|false, "code": "OK"|<error code>, "presign": "...", "hint": "..."}
"presign" is the string the signature was checked over ("" when the body could not be parsed).
Run \`alipay-escrow explain <code>\` for the cause and fix of a code.

Options:
  --key-file FILE           read the MD5 key (安全校验码) from FILE (a trailing newline is dropped)
  --key KEY                 the MD5 key itself; visible to other users in \`ps\` and kept in your
                            shell history: prefer --key-file or ALIPAY_KEY
  --charset utf-8|gbk       your requests' _input_charset, hence the body's charset; default utf-8
  --partner P               your partner id (2088…), needed to ask the gateway
  --offline                 skip only the remote notify_verify call
  --gateway URL             default https://mapi.alipay.com/gateway.do
  --sign-type MD5|RSA       default MD5 (RSA when --alipay-public-key is given)
  --alipay-public-key FILE  Alipay's RSA public key (PEM), for --sign-type RSA

The MD5 key comes from --key-file or --key (not both), else from the ALIPAY_KEY environment
variable. It is never printed.

Exit codes: 0 valid; 1 not valid; 2 usage error.`,

  async run({ argv, io, secrets }) {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        key: { type: 'string' },
        'key-file': { type: 'string' },
        charset: { type: 'string' },
        partner: { type: 'string' },
        offline: { type: 'boolean' },
        gateway: { type: 'string' },
        'sign-type': { type: 'string' },
        'alipay-public-key': { type: 'string' },
      },
      allowPositionals: false,
    });
    const keys = await resolveKeys(
      {
        key: values.key,
        keyFile: values['key-file'],
        'sign-type': values['sign-type'],
        rsaKeyFile: values['alipay-public-key'],
      },
      { use: 'verify', rsaFlag: '--alipay-public-key' },
      io,
      secrets,
    );
    const charset = parseCharsetOption(values.charset);
    const gatewayUrl = parseGatewayOption(values.gateway);
    const offline = values.offline === true;
    let checkNotifyId: NotifyIdChecker | false = false;
    if (!offline) {
      if (values.partner === undefined || values.partner === '') {
        throw new UsageError('verify asks the gateway to confirm notify_id, which needs --partner P.', {
          hint: 'Pass your partner id (2088 + 12 digits), or --offline to check everything except the gateway call.',
        });
      }
      const client = gatewayClient({ partner: values.partner, keys, charset, gatewayUrl });
      checkNotifyId = (notifyId) => client.notifyVerify(notifyId);
    }
    if (io.stdinIsTerminal) writeNote(io, 'reading the raw notification body from stdin (end with Ctrl-D)…');
    const body = await io.readStdin();

    // The CLI is where a refusal gets looked into: name the likely cause of a signature mismatch
    // (wrong charset, a parameter added after signing, …) instead of a bare SIGN_MISMATCH.
    const result = await verifyNotification(body, { keys, charset, checkNotifyId, diagnose: true });
    // A key the library cannot use (e.g. a PEM that is not a public key) is the caller's mistake,
    // not a verdict on the message.
    if (!result.valid && CONFIGURATION_CODES.has(result.code)) throw result.error;
    writeJson(io, {
      valid: result.valid,
      code: result.code,
      presign: result.presign ?? '',
      // The hint explains a refusal and may quote what was received: the one field that could.
      hint: result.valid ? (offline ? VALID_OFFLINE_HINT : VALID_ONLINE_HINT) : secrets.redact(result.hint),
    });
    return result.valid ? 0 : 1;
  },
};

/** The gateway client; an option it refuses (a partner that is not 2088 + 12 digits…) is a usage error. */
function gatewayClient(options: Parameters<typeof createGatewayClient>[0]): ReturnType<typeof createGatewayClient> {
  try {
    return createGatewayClient(options);
  } catch (error) {
    if (!AlipayEscrowError.is(error)) throw error;
    throw new UsageError(error.message, { code: error.code, ...(error.hint ? { hint: error.hint } : {}) });
  }
}
