import { formEncodePairs, renderPaymentForm, signedPairs, signParams } from '@alipay-escrow/core/protocol';
import type { Command } from '../command.js';
import { parseGatewayOption, withQuery } from '../options/gateway-url.js';
import { resolveKeys } from '../options/keys.js';
import { writeJson, writeNote } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { requestCharset } from '../request-charset.js';
import { parseParamsJson } from '../stdin-params.js';

const usage =
  'usage: alipay-escrow sign (--key-file FILE | --key KEY | env ALIPAY_KEY) [--charset utf-8|gbk] [--sign-type MD5|RSA] [--private-key FILE] [--gateway URL] [--form] < params.json';

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a JSON object of request parameters; print the pre-sign string, sign and the gateway URL',
  usage,
  help: `${usage}

Reads a JSON object of string parameters on stdin and signs exactly those parameters: nothing is
added. Empty values, "sign" and "sign_type" are left out, as the gateway expects.

Prints one JSON object:
  {"presign": "...", "sign": "...", "params": {...every field sent, incl. sign and sign_type},
   "url": "<gateway>?<query>"}                       (+ "form": "<html>" with --form)

Options:
  --key-file FILE        read the MD5 key (安全校验码) from FILE (a trailing newline is dropped)
  --key KEY              the MD5 key itself; visible to other users in \`ps\` and kept in your
                         shell history: prefer --key-file or ALIPAY_KEY
  --charset utf-8|gbk    bytes to sign and send; default: the params' _input_charset, else utf-8
  --sign-type MD5|RSA    default MD5 (RSA when --private-key is given)
  --private-key FILE     your RSA private key (PEM), for --sign-type RSA
  --gateway URL          default https://mapi.alipay.com/gateway.do
  --form                 also print the auto-submitting HTML form (action <gateway>?_input_charset=<cs>)

The MD5 key comes from --key-file or --key (not both), else from the ALIPAY_KEY environment
variable. It is never printed.

Exit codes: 0 signed; 1 a value the charset cannot represent (JSON "error" on stdout); 2 usage error.`,

  async run({ argv, io, secrets }) {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        key: { type: 'string' },
        'key-file': { type: 'string' },
        charset: { type: 'string' },
        'sign-type': { type: 'string' },
        'private-key': { type: 'string' },
        gateway: { type: 'string' },
        form: { type: 'boolean' },
      },
      allowPositionals: false,
    });
    const keys = await resolveKeys(
      {
        key: values.key,
        keyFile: values['key-file'],
        'sign-type': values['sign-type'],
        rsaKeyFile: values['private-key'],
      },
      { use: 'sign', rsaFlag: '--private-key' },
      io,
      secrets,
    );
    const gateway = parseGatewayOption(values.gateway);
    if (io.stdinIsTerminal) writeNote(io, 'reading the parameters as JSON from stdin (end with Ctrl-D)…');
    const params = parseParamsJson(await io.readStdin());
    const charset = requestCharset(values.charset, params);

    // Exactly these params, as the help says, even a value with `&`: the CLI reproduces reference
    // signatures. (createPayment and the gateway calls refuse such values: PARAM_AMBIGUOUS.)
    const signed = await signParams(params, keys, { charset, allowAmbiguous: true });
    const sent: [string, string][] = [...signedPairs(params), ['sign', signed.sign], ['sign_type', signed.signType]];
    const result: Record<string, unknown> = {
      presign: signed.presign,
      sign: signed.sign,
      params: Object.fromEntries(sent),
      url: withQuery(gateway, formEncodePairs(sent, charset)),
    };
    if (values.form === true) {
      result['form'] = renderPaymentForm(withQuery(gateway, `_input_charset=${charset}`), sent, charset);
    }
    writeJson(io, result);
    return 0;
  },
};
