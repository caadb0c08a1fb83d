// Attack: terminal escape injection into the sandbox's live log. The order number of a trade (and
// the merchant's reply) was printed raw by `alipay-escrow sandbox`: an out_trade_no carrying
// ESC [2K + CR erased the line and printed a fake "✓ acknowledged", ESC ] 0 ; … BEL set the
// window title, and U+009B (the 8-bit CSI) or DEL passed even the JSON output, which escapes only
// U+0000–U+001F. Every line the sandbox and the CLI print now writes such characters as visible
// text (`\x1b`, `\u009b`), and the test API refuses an identifier that is not printable (400).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, createTrade, startSandboxProcess, type SandboxProcess } from './sandbox-process.js';

/** Erase the line, return to its start, print a fake verdict, set the window title, 8-bit CSI, DEL. */
const HOSTILE = 'TERM-\u001b[2K\r12:00:00  order-1 ✓ acknowledged\u001b]0;owned\u0007\u009b31m\u007fX';
/** Any character a terminal acts on, except the line feed that ends a line. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

let merchant: Server;
let notifyUrl: string;

beforeAll(async () => {
  // A merchant whose answer to the notification is hostile too.
  merchant = createServer((req, res) => {
    req.resume();
    res.end('fail\u001b]0;owned\u0007\u009b2J');
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => merchant.close(() => resolve()));
});

async function withSandbox(args: string[], fn: (sandbox: SandboxProcess) => Promise<void>): Promise<void> {
  const sandbox = await startSandboxProcess(args);
  try {
    await fn(sandbox);
  } finally {
    await sandbox.stop();
  }
}

const api = (sandbox: SandboxProcess, path: string, init?: RequestInit) =>
  fetch(`${sandbox.printed.url}/sandbox/api/${path}`, init);

describe('alipay-escrow sandbox, live log', () => {
  it('prints an order number and a reply full of escape sequences as visible text, one line per event', async () => {
    await withSandbox([], async (sandbox) => {
      expect(await createTrade(sandbox.printed, HOSTILE, notifyUrl)).toBe(302);
      const created = await sandbox.line((l) => l.includes('create → WAIT_BUYER_PAY'));
      const delivered = await sandbox.line((l) => l.includes('notify WAIT_BUYER_PAY #1'));
      expect(sandbox.stdout()).not.toMatch(RAW_CONTROL);
      expect(created).toContain('TERM-\\x1b[2K\\x0d12:00:00');
      expect(created).toContain('\\x9b31m\\x7fX');
      expect(delivered).toContain('"fail\\u001b]0;owned\\u0007\\x9b2J"');
    });
  });

  it('--json prints the same values with DEL and C1 escaped as well, and they parse back exactly', async () => {
    await withSandbox(['--json'], async (sandbox) => {
      expect(await createTrade(sandbox.printed, HOSTILE)).toBe(302);
      const line = await sandbox.line((l) => l.includes('"type":"trade"'));
      expect(sandbox.stdout()).not.toMatch(RAW_CONTROL);
      expect(line).toContain('\\u009b31m\\u007fX');
      expect((JSON.parse(line) as { event: { outTradeNo: string } }).event.outTradeNo).toBe(HOSTILE);
    });
  });
});

describe('the test API', () => {
  it('refuses an out_trade_no or trade_no with control characters (400 naming the field) and signs nothing', async () => {
    await withSandbox([], async (sandbox) => {
      const post = (body: unknown) =>
        api(sandbox, 'notify-ids', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const res = await post({ tradeStatus: 'TRADE_FINISHED', outTradeNo: HOSTILE, totalFee: '1.00' });
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('ILLEGAL_ARGUMENT');
      expect(error.message).toMatch(/^outTradeNo contains the control character \\x1b/);
      const byTradeNo = await post({
        tradeStatus: 'TRADE_FINISHED',
        outTradeNo: 'PLAIN-1',
        tradeNo: '2013\u009b1',
        totalFee: '1.00',
      });
      expect(byTradeNo.status).toBe(400);
      expect(((await byTradeNo.json()) as { error: { message: string } }).error.message).toMatch(
        /^tradeNo contains the control character \\x9b/,
      );
      expect(sandbox.stdout()).not.toContain('notify_id');
    });
  });

  it('refuses a trade id in the path with control characters (400), and the trade is not paid', async () => {
    await withSandbox([], async (sandbox) => {
      expect(await createTrade(sandbox.printed, HOSTILE)).toBe(302);
      const id = encodeURIComponent(HOSTILE);
      const read = await api(sandbox, `trades/${id}`);
      expect(read.status).toBe(400);
      expect(((await read.json()) as { error: { message: string } }).error.message).toContain(
        'The trade id in the path (:id, the out_trade_no) contains the control character \\x1b',
      );
      const pay = await api(sandbox, `trades/${id}/pay`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(pay.status).toBe(400);
      const { trades } = (await (await api(sandbox, 'trades')).json()) as { trades: { tradeStatus: string }[] };
      expect(trades.map((t) => t.tradeStatus)).toEqual(['WAIT_BUYER_PAY']);
    });
  });
});

describe('the other CLI commands', () => {
  function run(args: string[], stdin: string): Promise<{ stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { PATH: process.env['PATH'] ?? '' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', () => resolve({ stdout, stderr }));
      child.stdin.end(stdin);
    });
  }

  it('sign prints parameters holding DEL and C1 escaped, the same JSON values', async () => {
    const params = { _input_charset: 'utf-8', out_trade_no: 'SIGN-\u009b2J\u007f', subject: '\u0085title' };
    const { stdout } = await run(['sign', '--key', 'cliTerminalKey0123456789abcdef00'], JSON.stringify(params));
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect((JSON.parse(stdout) as { params: Record<string, string> }).params).toMatchObject(params);
  });

  it('explain of an unknown code with escape sequences prints them as text', async () => {
    const { stderr } = await run(['explain', 'X\u009b2J\u001b]0;owned\u0007'], '');
    expect(stderr).toContain('Unknown error code');
    expect(stderr).not.toMatch(RAW_CONTROL);
  });
});
