import { WARNING_HEADER } from '@alipay-escrow/core/escrow-app';
import { triggerNotification } from '@alipay-escrow/sandbox/node';
import type { Command } from '../command.js';
import { parseCharsetOption } from '../options/charset.js';
import { writeJson, writeNote } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

const usage =
  'usage: alipay-escrow trigger <TRADE_STATUS> --to NOTIFY_URL --out-trade-no X --total 0.01 [--refund-status S] [--sandbox URL] [--trade-no N] [--subject S] [--charset utf-8|gbk] [--count N]';

/** How often a long run reports progress on stderr. */
const PROGRESS_EVERY_MS = 1000;

function required(value: string | undefined, flag: string, hint: string): string {
  if (value === undefined || value === '') throw new UsageError(`trigger needs ${flag}.`, { hint });
  return value;
}

/**
 * A fetch that notes the merchant's {@link WARNING_HEADER} of every delivery to `to` (a merchant
 * on alipay-escrow with a test gateway sets it: `anomaly AMOUNT_MISMATCH`), in delivery order;
 * null for a delivery without one.
 */
function warningRecorder(to: string): { fetch: typeof fetch; warnings: (string | null)[] } {
  const target = (() => {
    try {
      return new URL(to).href;
    } catch {
      return to;
    }
  })();
  const warnings: (string | null)[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === target) warnings.push(response.headers.get(WARNING_HEADER));
    return response;
  };
  return { fetch: recording, warnings };
}

/** `anomaly AMOUNT_MISMATCH, rejection X` → `AMOUNT_MISMATCH, X`. */
function codesOf(warning: string): string {
  return warning
    .split(',')
    .map((w) => w.trim().split(/\s+/).at(-1) ?? '')
    .filter((c) => /^[A-Z][A-Z0-9_]{0,63}$/.test(c))
    .join(', ');
}

function countOption(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^[0-9]{1,9}$/.test(value) || Number(value) < 1)
    throw new UsageError(`--count ${JSON.stringify(value)} must be a whole number, 1 or more.`);
  return Number(value);
}

export const triggerCommand: Command = {
  name: 'trigger',
  summary: "send one notification signed by a running sandbox to a notify_url; print the merchant's reply",
  usage,
  help: `${usage}

Asks the running sandbox (default http://127.0.0.1:7001) to build and sign a notification with
its own key — trade_status <TRADE_STATUS>, refund_status --refund-status, out_trade_no, total_fee —
and to register its notify_id, so the sandbox's notify_verify confirms it (for 24 h 22 min). Then
POSTs it to --to exactly as Alipay does (Content-Type "application/x-www-form-urlencoded;
text/html; charset=UTF-8", User-Agent Mozilla/4.0) and prints the merchant's reply. When the
sandbox knows the out_trade_no, the notification carries that trade's own fields.

Prints one JSON object:
  {"notifyId", "outTradeNo", "tradeNo", "sent", "acknowledged", "httpStatus", "reply", "replies",
   "warning"?, "warnings"?}
With --count N the same notification (same notify_id and body) is delivered N times, one after
another — a duplicate storm; progress goes to stderr.

A merchant on alipay-escrow whose gatewayUrl is a sandbox tells what its logger was warned about
in the "alipay-escrow-warning" header: "warning" is the last delivery's (e.g. "anomaly
AMOUNT_MISMATCH": acknowledged, NOT applied), "warnings" counts them. Such a delivery is not a
success even when answered "success": stderr says "acknowledged, not applied (CODE)".

Options:
  --to URL             the merchant's notify_url (required)
  --out-trade-no X     the merchant's order number (required)
  --total YUAN         total_fee, e.g. 0.01: the order's payable total (required)
  --refund-status S    e.g. WAIT_SELLER_AGREE, REFUND_SUCCESS
  --sandbox URL        default http://127.0.0.1:7001
  --trade-no N         default: the sandbox trade's, or a new one
  --subject S          default: the sandbox trade's, or 测试商品
  --charset utf-8|gbk  default: the sandbox trade's, or utf-8 (must match the merchant's)
  --count N            deliveries, default 1

Exit codes: 0 every delivery was answered "success" without a warning; 1 otherwise (a refusal, an
anomaly acknowledged but not applied, no answer, or the sandbox refused); 2 usage error.`,

  async run({ argv, io }) {
    const { values, positionals } = parseCommandArgs({
      args: [...argv],
      options: {
        to: { type: 'string' },
        'out-trade-no': { type: 'string' },
        total: { type: 'string' },
        'refund-status': { type: 'string' },
        sandbox: { type: 'string' },
        'trade-no': { type: 'string' },
        subject: { type: 'string' },
        charset: { type: 'string' },
        count: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'trigger needs the trade status, e.g. WAIT_SELLER_SEND_GOODS.'
          : `trigger takes one trade status, got ${positionals.length} arguments.`,
        {
          hint: 'WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED.',
        },
      );
    }
    const to = required(
      values.to,
      '--to NOTIFY_URL',
      "The merchant's notify_url, e.g. http://127.0.0.1:3000/alipay/notify.",
    );
    const outTradeNo = required(values['out-trade-no'], '--out-trade-no X', 'The order the notification is about.');
    const totalFee = required(values.total, '--total YUAN', "The order's payable total, e.g. 0.01.");
    const count = countOption(values.count);
    const sandboxUrl = values.sandbox ?? 'http://127.0.0.1:7001';

    let lastReport = Date.now();
    const recorder = warningRecorder(to);
    const result = await triggerNotification({
      fetch: recorder.fetch,
      sandboxUrl,
      to,
      tradeStatus: positionals[0]!,
      outTradeNo,
      totalFee,
      count,
      ...(values['refund-status'] === undefined ? {} : { refundStatus: values['refund-status'] }),
      ...(values['trade-no'] === undefined ? {} : { tradeNo: values['trade-no'] }),
      ...(values.subject === undefined ? {} : { subject: values.subject }),
      ...(values.charset === undefined ? {} : { charset: parseCharsetOption(values.charset) }),
      onProgress: ({ sent, total, acknowledged }) => {
        if (total === 1) return;
        const now = Date.now();
        if (sent < total && now - lastReport < PROGRESS_EVERY_MS) return;
        lastReport = now;
        writeNote(io, `trigger: ${sent}/${total} delivered, ${acknowledged} answered success`);
      },
    });
    const warnings: Record<string, number> = {};
    for (const w of recorder.warnings) if (w !== null) warnings[w] = (warnings[w] ?? 0) + 1;
    const warning = recorder.warnings.at(-1) ?? null;
    const warned = Object.keys(warnings).length > 0;
    writeJson(io, {
      notifyId: result.notifyId,
      outTradeNo: result.outTradeNo,
      tradeNo: result.tradeNo,
      to,
      sent: result.sent,
      acknowledged: result.acknowledged,
      httpStatus: result.last.httpStatus,
      reply: result.last.reply,
      ...(result.last.error === undefined ? {} : { error: result.last.error }),
      replies: result.replies,
      ...(warning === null ? {} : { warning }),
      ...(warned ? { warnings } : {}),
    });
    for (const [text, times] of Object.entries(warnings)) {
      const codes = codesOf(text);
      const how = !text.startsWith('anomaly')
        ? 'refused'
        : result.last.acknowledged
          ? 'acknowledged, not applied'
          : 'not applied';
      const explain = codes === '' ? '' : ` — npx alipay-escrow explain ${codes.split(', ')[0]}`;
      writeNote(io, `trigger: ${how} (${codes || text})${times > 1 ? ` × ${times}` : ''}${explain}`);
    }
    return result.acknowledged === result.sent && !warned ? 0 : 1;
  },
};
