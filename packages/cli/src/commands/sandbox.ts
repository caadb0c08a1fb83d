import { parseChaos, type ChaosOptions, type SandboxEvent } from '@alipay-escrow/sandbox';
import { configBlock, eventLine, launchJson, launchSandbox } from '@alipay-escrow/sandbox/node';
import type { Command } from '../command.js';
import { readMd5KeyFile } from '../options/md5-key.js';
import { writeJson, writeNote, writeText } from '../output.js';
import { parseCommandArgs } from '../parse-args.js';
import { MASK } from '../redact.js';
import { UsageError } from '../usage-error.js';

const usage =
  'usage: alipay-escrow sandbox [--port 7001] [--host 127.0.0.1] [--allow-host NAME]… [--partner P (--key K | --key-file FILE) --seller S] [--time-scale N] [--chaos SPEC] [--db FILE] [--json] [--quiet]';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function portOption(value: string | undefined): number {
  if (value === undefined) return 7001;
  if (!/^[0-9]{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`--port ${JSON.stringify(value)} is not a port number.`, {
      hint: 'Give 1–65535, or 0 for any free port.',
    });
  }
  return Number(value);
}

function timeScaleOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value) || !(n > 0)) {
    throw new UsageError(`--time-scale ${JSON.stringify(value)} must be a positive number.`, {
      hint: '60 runs the 24 h 22 min retry schedule in 24 min 22 s.',
    });
  }
  return n;
}

function partnerOption(value: string | undefined): string | undefined {
  if (value !== undefined && !/^2088[0-9]{12}$/.test(value)) {
    throw new UsageError(`--partner ${JSON.stringify(value)} is not 2088 followed by 12 digits.`, {
      code: 'ILLEGAL_PARTNER',
      hint: 'Leave it out for a partner id generated for this run.',
    });
  }
  return value;
}

/** The first SIGINT or SIGTERM (handled from now on, so Ctrl-C stops the sandbox cleanly); `cancel` stops listening. */
function signals(): { next: Promise<string>; cancel(): void } {
  let cancel = () => {};
  const next = new Promise<string>((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      cancel();
      resolve(signal);
    };
    cancel = () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
  return { next, cancel };
}

export const sandboxCommand: Command = {
  name: 'sandbox',
  summary: 'run a local escrow gateway: cashier, notifications with retries and chaos, buyer/seller pages',
  usage,
  help: `${usage}

Starts a local, stateful emulation of Alipay's escrow gateway (create_partner_trade_by_buyer,
notify_verify, send_goods_confirm_by_platform, single_trade_query, close_trade) and prints the
configuration a merchant pastes: gateway URL, partner, MD5 key, seller. It then logs every trade
change and notification delivery until Ctrl-C (SIGINT) or SIGTERM stops it.

Pages (plain HTML, no JavaScript needed): /sandbox (trades, notifications, every delivery and the
merchant's reply), /sandbox/buyer, /sandbox/seller, the cashier; JSON test API under /sandbox/api.

Options:
  --port N           default 7001 (0: any free port)
  --host H           default 127.0.0.1; anything else exposes a gateway that accepts test keys
  --allow-host NAME  also answer requests addressed to NAME (Host header: \`name\` for any port,
                     \`name:port\`); repeatable. By default the sandbox answers only its own
                     address and localhost, with its port: any other Host gets 421, so a web page
                     cannot reach it through DNS rebinding
  --partner P        default: generated for this run (2088 + 12 digits)
  --key K            the MD5 key; default: generated for this run. Shown as [redacted] when given
  --key-file FILE    the MD5 key, read from FILE (a trailing newline is dropped). The sandbox does
                     not read ALIPAY_KEY: a production key exported for \`sign\`/\`verify\` must not
                     become a test gateway's key
  --seller S         a 2088… id or a login; default id = partner, email seller@example.com
  --time-scale N     divide the retry intervals (60: 24 h 22 min → 24 min 22 s)
  --chaos SPEC       e.g. dup=0.3,drop=0.2,reorder=1,delay=5,seed=42
  --db FILE          keep trades, notifications and the generated credentials in an SQLite file
  --json             print the configuration as one JSON line, and each event as a JSON line
  --quiet            do not log events

Exit codes: 0 stopped by a signal; 1 could not start; 2 usage error.`,

  async run({ argv, io, secrets }) {
    const { values } = parseCommandArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        partner: { type: 'string' },
        key: { type: 'string' },
        'key-file': { type: 'string' },
        seller: { type: 'string' },
        'time-scale': { type: 'string' },
        chaos: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean' },
      },
      allowPositionals: false,
    });
    if (values.key !== undefined && values['key-file'] !== undefined) {
      throw new UsageError('Give the MD5 key once: --key and --key-file were both given.', {
        hint: 'Keep --key-file FILE and drop --key.',
      });
    }
    const key = values['key-file'] === undefined ? values.key : await readMd5KeyFile(values['key-file']);
    secrets.add(key);
    const host = values.host ?? '127.0.0.1';
    const chaos: ChaosOptions | undefined = values.chaos === undefined ? undefined : parseChaos(values.chaos);
    const timeScale = timeScaleOption(values['time-scale']);
    const json = values.json === true;
    // eventLine and writeJson escape control characters: an order number cannot drive the terminal.
    const onEvent =
      values.quiet === true
        ? undefined
        : (event: SandboxEvent) => (json ? writeJson(io, { event }) : writeText(io, eventLine(event)));
    if (!LOOPBACK.has(host))
      writeNote(io, `warning: listening on ${host}, not loopback: anyone who can reach it can create and pay trades.`);

    const options = {
      port: portOption(values.port),
      host,
      ...(values.partner === undefined ? {} : { partner: partnerOption(values.partner)! }),
      ...(key === undefined ? {} : { key }),
      ...(values.seller === undefined ? {} : { seller: values.seller }),
      ...(timeScale === undefined ? {} : { timeScale }),
      ...(chaos === undefined ? {} : { chaos }),
      ...(values.db === undefined ? {} : { db: values.db }),
      ...(onEvent === undefined ? {} : { onEvent }),
      ...(values['allow-host'] === undefined ? {} : { allowedHosts: values['allow-host'] }),
    };
    const stopping = signals();
    let launched: Awaited<ReturnType<typeof launchSandbox>>;
    try {
      launched = await launchSandbox(options);
    } catch (error) {
      stopping.cancel();
      throw error;
    }
    // A key you gave is yours already, and may be more than a test key: it is not printed back.
    const shownKey = launched.sources.key === 'given' ? MASK : launched.credentials.key;
    const summary = {
      url: launched.running.url,
      gatewayUrl: launched.running.gatewayUrl,
      credentials: { ...launched.credentials, key: shownKey },
      sources: launched.sources,
      timeScale: launched.timeScale,
      chaos: launched.chaos,
      db: launched.db,
    };
    if (json) writeJson(io, launchJson(summary));
    else writeText(io, `${configBlock(summary)}\n`);
    const signal = await stopping.next;
    await launched.stop();
    writeNote(io, `sandbox stopped (${signal})`);
    return 0;
  },
};
