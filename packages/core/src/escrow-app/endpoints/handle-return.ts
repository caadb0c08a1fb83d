import { verifyReturn, type VerifyResult } from '../../protocol/verify-core.js';
import type { EscrowDeps } from '../deps.js';
import type { RequestInfo } from '../request-info.js';
import { applyMessage, type AppliedMessage } from '../pipeline/apply-message.js';
import { clientAddress } from './ip-allow-list.js';
import { logRefusal } from '../log/log-refusal.js';
import { genuineLogEntry, messageFields, type NewLogEntry } from '../log/log-entry.js';
import { redactHeaders } from '../log/redact-headers.js';
import { renderReturnPage } from './return-page.js';
import { failureUpdate, settleApplied, settleLog } from '../log/settle-log.js';
import type { LogUpdate } from '../../store/types.js';
import type { OrderRecord } from '../../store/types.js';
import type { ApplyOutcome, ReturnOutcome } from '../types.js';

const encoder = new TextEncoder();

/**
 * return_url: the buyer's browser, sent back by Alipay with a signed query. It gets exactly the
 * verification (signature + notify_verify, whose id lives about a minute) and the pipeline the
 * notify gets, nothing more: the page never grants anything the notify would not. A visit that
 * cannot be verified is logged and shown a neutral "we are confirming your payment" page (200):
 * the buyer did nothing wrong, and the notify is the safety net.
 */
export async function handleReturn(deps: EscrowDeps, request: Request, info: RequestInfo = {}): Promise<Response> {
  if (request.method !== 'GET') {
    return new Response('Method Not Allowed', {
      status: 405,
      headers: { allow: 'GET', 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const search = new URL(request.url).search;
  const query = search.startsWith('?') ? search.slice(1) : search;
  const received: Omit<NewLogEntry, 'authenticity'> = {
    channel: 'return',
    method: request.method,
    raw: encoder.encode(query),
    headers: redactHeaders(request.headers),
    remoteAddress: clientAddress(request, info.remoteAddress, deps.ipAllowList),
    receivedAt: deps.now(),
  };

  let verified: VerifyResult | undefined;
  let failure: unknown;
  try {
    verified = await verifyReturn(query, {
      keys: deps.verifyKeys,
      charset: deps.config.charset,
      checkNotifyId: deps.gateway.notifyVerify,
      maxBodyBytes: deps.maxBodyBytes,
    });
  } catch (error) {
    failure = error;
  }

  let logId: string | null = null;
  let outcome: ReturnOutcome;
  let update: LogUpdate = {};
  let applied: AppliedMessage | undefined;
  if (verified === undefined || !verified.valid) {
    // Not verified: one small entry, settled now (only the reply, the page's status, comes after).
    const refusal: LogUpdate =
      verified === undefined
        ? failureUpdate(failure, deps.secrets, '')
        : {
            ...messageFields(verified.params),
            verdict: 'rejected',
            code: verified.code,
            detail: verified.error.message,
          };
    const authenticity = verified?.signatureChecked ? 'signature' : 'none';
    logId = await logRefusal(deps, { ...received, authenticity }, refusal);
    outcome = unverified(verified === undefined ? 'error' : 'rejected', refusal.code ?? 'INTERNAL_ERROR', logId);
  } else {
    // Genuine: logged whole in the pipeline's first step, settled in its last (with the page's status).
    try {
      const entry = await genuineLogEntry({ ...received, authenticity: 'verified' }, verified.params);
      logId = entry.id;
      applied = await applyMessage(deps, {
        channel: 'return',
        logId,
        log: entry,
        params: verified.params,
        receivedAt: received.receivedAt,
      });
      outcome = returnOutcomeOf(applied.outcome);
    } catch (error) {
      update = failureUpdate(error, deps.secrets, '');
      outcome = unverified('error', update.code ?? 'INTERNAL_ERROR', logId);
    }
  }
  const response = respond(deps, outcome);
  // the log's reply for a return is the HTTP status the buyer got
  const reply = String(response.status);
  if (applied !== undefined && logId !== null) {
    const params = verified!.params;
    await settleApplied(deps, applied, logId, (o) => ({
      ...messageFields(params),
      verdict: o.verdict,
      code: o.code,
      detail: o.detail,
      reply,
    }));
  } else if (logId !== null) {
    await settleLog(deps.store, logId, { ...update, reply });
  }
  return response;
}

/** An unverified visit names no order: its out_trade_no is whatever the URL says, so it is not passed on. */
function unverified(verdict: 'rejected' | 'error', code: string, logId: string | null): ReturnOutcome {
  return { status: 'unverified', outTradeNo: null, order: null, verdict, code, logId };
}

function respond(deps: EscrowDeps, outcome: ReturnOutcome): Response {
  if (deps.redirectTo) {
    let location: string | undefined;
    try {
      location = deps.redirectTo(outcome);
    } catch {
      location = undefined;
    }
    if (typeof location === 'string' && location !== '') {
      return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
    }
  }
  return new Response(renderReturnPage(outcome), {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}

const PAID_PHASES = new Set<OrderRecord['phase']>(['paid', 'shipped', 'finished', 'refunding']);

/** What the buyer is shown after a verified return went through the pipeline. */
export function returnOutcomeOf(outcome: ApplyOutcome): ReturnOutcome {
  const order = outcome.order;
  const status: ReturnOutcome['status'] =
    outcome.anomaly !== null || order === null || outcome.verdict === 'error'
      ? 'confirming'
      : PAID_PHASES.has(order.phase)
        ? 'paid'
        : order.phase === 'closed'
          ? 'closed'
          : 'confirming';
  return {
    status,
    outTradeNo: outcome.outTradeNo,
    order,
    verdict: outcome.verdict,
    code: outcome.code,
    logId: outcome.logId,
  };
}
