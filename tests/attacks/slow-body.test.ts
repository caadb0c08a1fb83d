// Attack: slow bodies (slowloris). A client sends a notify request's headers, then trickles the
// body a byte at a time, or never sends it. Without a read deadline each such connection held a
// handler (and its socket) open for as long as the client liked: a few hundred of them exhaust a
// Node server. With `bodyReadTimeoutMs` the handler stops reading at the deadline, answers `fail`
// (HTTP 408) and logs BODY_READ_TIMEOUT; the server then closes the connection.
//
// A real Node HTTP server (Hono on @hono/node-server, 127.0.0.1, a free port) and a raw TCP client,
// so that nothing in between buffers the body. The bound checked is generous: 10× the deadline.
import type { Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { createEscrow, createMemoryStore, type Escrow } from '@alipay-escrow/core';
import { TEST_DEFAULTS } from '@alipay-escrow/core/testing';
import { notifyHandler } from '@alipay-escrow/hono';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const DEADLINE_MS = 300;
/** Far above the deadline, far below the minutes a slow client would otherwise hold the connection. */
const HELD_TOO_LONG_MS = 10 * DEADLINE_MS;

let escrow: Escrow;
let server: Server;
let port: number;
const clients: Socket[] = [];

beforeEach(async () => {
  escrow = createEscrow({
    merchant: {
      partner: '2088101122136241',
      keys: { signType: 'MD5', key: 'slowbody0attack0key0000000000000' },
      charset: 'utf-8',
      seller: { id: TEST_DEFAULTS.sellerId },
      notifyUrl: 'https://shop.example.com/alipay/notify',
      returnUrl: 'https://shop.example.com/alipay/return',
    },
    store: createMemoryStore(),
    bodyReadTimeoutMs: DEADLINE_MS,
  });
  const app = new Hono().post('/alipay/notify', notifyHandler(escrow));
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      port = info.port;
      resolve();
    }) as Server;
  });
});

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

interface Outcome {
  /** The raw HTTP response received (status line, headers, body). */
  response: string;
  /** Whether the server closed the connection. */
  closed: boolean;
}

/**
 * Opens a connection, sends the request head and `start` of the body, then calls `trickle` every
 * 100 ms until the server answers and closes. Resolves when the server has answered and closed,
 * or when HELD_TOO_LONG_MS has passed (then with what it had).
 */
function slowRequest(head: string, start: string, trickle: (socket: Socket) => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    clients.push(socket);
    let response = '';
    let closed = false;
    const finish = () => {
      clearInterval(ticker);
      clearTimeout(guard);
      resolve({ response, closed });
    };
    const ticker = setInterval(() => {
      if (!socket.destroyed && socket.writable) trickle(socket);
    }, 100);
    const guard = setTimeout(finish, HELD_TOO_LONG_MS);
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('error', () => {}); // a reset after the answer is the server closing, as it should
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.write(`${head}\r\n\r\n${start}`);
  });
}

const NOTIFY_HEAD = [
  'POST /alipay/notify HTTP/1.1',
  'Host: 127.0.0.1',
  'Content-Type: application/x-www-form-urlencoded; text/html; charset=UTF-8',
];

function expectRefusedAndLogged(outcome: Outcome): Promise<void> {
  expect(outcome.closed, 'the server still held the connection open after 10× the read deadline').toBe(true);
  expect(outcome.response).toMatch(/^HTTP\/1\.1 408 /);
  expect(outcome.response.endsWith('\r\n\r\nfail')).toBe(true);
  return escrow.listLog().then((log) => {
    expect(log.map((e) => e.code)).toEqual(['BODY_READ_TIMEOUT']);
  });
}

describe('a notify body that arrives too slowly is cut off at the read deadline', () => {
  it('a declared Content-Length whose body never comes', async () => {
    const outcome = await slowRequest([...NOTIFY_HEAD, 'Content-Length: 600'].join('\r\n'), 'discount=0.00&', () => {});
    await expectRefusedAndLogged(outcome);
  });

  it('a declared Content-Length trickled one byte every 100 ms', async () => {
    const outcome = await slowRequest([...NOTIFY_HEAD, 'Content-Length: 600'].join('\r\n'), 'discount=0.00&', (s) =>
      s.write('a'),
    );
    await expectRefusedAndLogged(outcome);
  });

  it('a chunked body trickled one chunk every 100 ms', async () => {
    const outcome = await slowRequest(
      [...NOTIFY_HEAD, 'Transfer-Encoding: chunked'].join('\r\n'),
      'e\r\ndiscount=0.00&\r\n',
      (s) => s.write('1\r\na\r\n'),
    );
    await expectRefusedAndLogged(outcome);
  });
});
