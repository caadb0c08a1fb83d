// The real `alipay-escrow sandbox` process for the attacks on the tester's machine: the built CLI
// spawned on 127.0.0.1 with a free port, its printed configuration read back, raw HTTP requests
// that set any Host header (fetch always sends the URL's own), and a signed create request.
import { request as httpRequest } from 'node:http';
import { formEncodePairs, signParams } from '@alipay-escrow/core/protocol';
import { startCli } from '../../packages/cli/test/helpers/long-running.js';

export { BIN } from '../../packages/cli/test/helpers/run-cli.js';

/** What the sandbox printed at start, from either the `--json` object or the text block. */
export interface Printed {
  url: string;
  port: number;
  gatewayUrl: string;
  partner: string;
  key: string;
  sellerId: string;
}

export interface SandboxProcess {
  printed: Printed;
  /** Everything printed on stdout so far. */
  stdout(): string;
  /** Resolves with the first complete stdout line matching `test`. */
  line(test: (line: string) => boolean, ms?: number): Promise<string>;
  stop(): Promise<void>;
}

function readPrinted(out: string, json: boolean): Printed | undefined {
  if (json) {
    const first = out.split('\n')[0]!;
    if (!out.includes('\n')) return undefined;
    const c = JSON.parse(first) as {
      url: string;
      gatewayUrl: string;
      partner: string;
      key: string;
      seller: { id: string };
    };
    return {
      url: c.url,
      port: Number(new URL(c.url).port),
      gatewayUrl: c.gatewayUrl,
      partner: c.partner,
      key: c.key,
      sellerId: c.seller.id,
    };
  }
  if (!/^Press Ctrl-C/m.test(out)) return undefined;
  const value = (name: string) => new RegExp(`^  ${name}=(.*)$`, 'm').exec(out)![1]!;
  const gatewayUrl = value('ALIPAY_GATEWAY_URL');
  const url = gatewayUrl.replace(/\/gateway\.do$/, '');
  return {
    url,
    port: Number(new URL(url).port),
    gatewayUrl,
    partner: value('ALIPAY_PARTNER'),
    key: value('ALIPAY_KEY'),
    sellerId: value('ALIPAY_SELLER_ID'),
  };
}

/** Spawns `alipay-escrow sandbox --port 0 …args` (the CLI tests' runner) and waits for its configuration. */
export async function startSandboxProcess(args: readonly string[] = []): Promise<SandboxProcess> {
  const json = args.includes('--json');
  const cli = startCli(['sandbox', '--port', '0', ...args]);
  const stop = async () => {
    await cli.stop('SIGKILL');
  };
  try {
    // the JSON mode prints the configuration as its first line; the text block ends with "Press Ctrl-C"
    await cli.line(json ? () => true : (l) => /^Press Ctrl-C/.test(l), 15_000);
    const printed = readPrinted(cli.stdout(), json);
    if (printed === undefined)
      throw new Error(
        `the sandbox's configuration could not be read; stdout:\n${cli.stdout()}\nstderr:\n${cli.stderr()}`,
      );
    return { printed, stdout: cli.stdout, line: cli.line, stop };
  } catch (e) {
    await stop().catch(() => {});
    throw e;
  }
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP/1.1 request to 127.0.0.1:`port` with exactly these headers (Host included). */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; host: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { ...options.headers, host: options.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A create request signed with the printed credentials, sent to the gateway; resolves to the HTTP status. */
export async function createTrade(printed: Printed, outTradeNo: string, notifyUrl?: string): Promise<number> {
  const params: Record<string, string> = {
    service: 'create_partner_trade_by_buyer',
    partner: printed.partner,
    _input_charset: 'utf-8',
    payment_type: '1',
    seller_id: printed.sellerId,
    out_trade_no: outTradeNo,
    subject: '测试商品',
    price: '0.01',
    quantity: '1',
    logistics_type: 'EXPRESS',
    logistics_fee: '0.00',
    logistics_payment: 'SELLER_PAY',
    ...(notifyUrl === undefined ? {} : { notify_url: notifyUrl }),
  };
  const { sign } = await signParams(params, { signType: 'MD5', key: printed.key }, { charset: 'utf-8' });
  const res = await fetch(
    `${printed.gatewayUrl}?${formEncodePairs([...Object.entries(params), ['sign', sign], ['sign_type', 'MD5']], 'utf-8')}`,
    { redirect: 'manual' },
  );
  await res.arrayBuffer();
  return res.status;
}
