// Type-checked in the fresh project (moduleResolution nodenext): the packed declarations resolve
// and describe the API as documented.
import { Hono } from 'hono';
import Koa from 'koa';
import { createEscrow, createMemoryStore, type Escrow, type EscrowOptions } from '@alipay-escrow/core';
import { buildTestNotification, type TestNotification } from '@alipay-escrow/core/testing';
import { createReceiver, createSqlStore, type Receiver, type ReceiverOptions } from '@alipay-escrow/core/receiver';
import { gbk } from '@alipay-escrow/core/gbk';
import { rsa } from '@alipay-escrow/core/rsa';
import { signParams, type SignType } from '@alipay-escrow/core/protocol';
import { tradeRank, type EscrowState } from '@alipay-escrow/core/escrow';
import { consoleLogger, type NotificationLogEntry } from '@alipay-escrow/core/escrow-app';
import { notifyIdChecker, type TradeReply } from '@alipay-escrow/core/gateway';
import { listErrorCodes, type LibraryErrorCode } from '@alipay-escrow/core/errors';
import { encodeText, type Charset } from '@alipay-escrow/core/charset';
import { timingSafeEqualString } from '@alipay-escrow/core/crypto';
import type { CommitInput, SqlDialect } from '@alipay-escrow/core/store-kit';
import { alipayEscrow, notifyHandler, returnHandler, type HonoHandlerOptions } from '@alipay-escrow/hono';
import { alipayEscrow as koaEscrow, notifyHandler as koaNotify, type KoaHandlerOptions } from '@alipay-escrow/koa';

declare const options: EscrowOptions;
const escrow: Escrow = createEscrow({ ...options, store: createMemoryStore() });
const hono = new Hono();
hono.route('/alipay', alipayEscrow(escrow, { notifyPath: '/n', returnPath: '/r' }));
hono.post('/pay/notify', notifyHandler(options));
hono.get('/pay/return', returnHandler(escrow, { remoteAddress: (c) => c.req.header('x-real-ip') }));
const koa = new Koa();
koa.use(koaEscrow(escrow)).use(koaNotify(options, { remoteAddress: (ctx) => ctx.ip }));
const honoOptions: HonoHandlerOptions = {};
const koaOptions: KoaHandlerOptions = {};
const notice: Promise<TestNotification> = buildTestNotification({
  keys: { signType: 'MD5', key: 'x'.repeat(32) },
  outTradeNo: 'T',
  tradeStatus: 'WAIT_BUYER_PAY',
  totalFee: '1.00',
});
declare const receiverOptions: ReceiverOptions;
declare const db: Parameters<typeof createSqlStore>[0];
const receiver: Receiver = createReceiver({ ...receiverOptions, store: createSqlStore(db), plugins: [gbk, rsa] });
// the subpaths behind the root: each resolves, with its names typed
const signType: SignType = 'MD5';
const rank: number = tradeRank('TRADE_FINISHED');
const charset: Charset = 'gbk';
const bytes: Uint8Array = encodeText('中', charset);
const same: boolean = timingSafeEqualString('a', 'b');
const codes: readonly string[] = listErrorCodes();
void signParams({ a: '1' }, { signType, key: 'x'.repeat(32) }, { charset });
void notifyIdChecker;
void consoleLogger;
declare const typesOnly: [EscrowState, NotificationLogEntry, TradeReply, LibraryErrorCode, CommitInput, SqlDialect];
// @ts-expect-error a receiver has no createPayment
void receiver.createPayment;
// @ts-expect-error paths are strings
alipayEscrow(escrow, { notifyPath: 1 });
export { honoOptions, koaOptions, notice, rank, bytes, same, codes, typesOnly };
