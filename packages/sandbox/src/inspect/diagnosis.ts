/**
 * Why a delivery of a notification did or did not count, in words a tester acts on: Alipay
 * accepts only HTTP 200 with the body exactly `success` (docs/internals/notifications.md#reply); anything else is retried.
 */
import type { AttemptRecord } from '../store/types.js';

/**
 * Why an attempt did or did not count: `acknowledged` (HTTP 200, body exactly `success`);
 * `dropped` (chaos), `timeout`, `network` (no answer); `redirect`, `http_status` (not 200);
 * `fail`, `empty`, `whitespace` (around `success`), `letter_case`, `html`, `other` (a 200 with the
 * wrong body).
 */
export type AttemptReason =
  | 'acknowledged'
  | 'dropped'
  | 'timeout'
  | 'network'
  | 'redirect'
  | 'http_status'
  | 'fail'
  | 'empty'
  | 'whitespace'
  | 'letter_case'
  | 'html'
  | 'other';

/** What {@link diagnoseAttempt} says about one attempt. */
export interface AttemptDiagnosis {
  /** The merchant acknowledged the notification with this attempt. */
  ok: boolean;
  /** Why, as a code. */
  reason: AttemptReason;
  /** One sentence in Chinese (for the pages). */
  zh: string;
  /** The same in English (for the JSON API). */
  en: string;
}

/** Milliseconds as seconds, without a trailing `.0`. */
function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** System error codes a failed connection carries, in Chinese. */
const NETWORK_ZH: Readonly<Record<string, string>> = {
  ECONNREFUSED: '连接被拒绝，这个地址和端口上没有程序在监听',
  ECONNRESET: '连接被商户一方断开',
  ENOTFOUND: '找不到这个主机名',
  EAI_AGAIN: '暂时无法解析这个主机名',
  EHOSTUNREACH: '主机不可达',
  ENETUNREACH: '网络不可达',
  ETIMEDOUT: '连接超时',
  UND_ERR_SOCKET: '连接意外关闭',
};

/** The cause of a network error in Chinese, with its system code (the English text stays in the JSON API). */
function networkZh(error: string): string {
  if (error.includes('(bad port)'))
    return 'fetch 不允许连接这个端口（9、25 这类端口被浏览器和 fetch 禁用），请换一个端口';
  const code = /\b(E[A-Z_]+|UND_ERR_[A-Z_]+)\b/.exec(error)?.[1];
  if (code === undefined) return '网络错误，没有收到任何回答';
  return `${NETWORK_ZH[code] ?? '网络错误'}（${code}）`;
}

function diagnosis(ok: boolean, reason: AttemptReason, zh: string, en: string): AttemptDiagnosis {
  return { ok, reason, zh, en };
}

/** Explains one delivery attempt: Alipay counts only HTTP 200 with the body exactly `success`; anything else is retried. */
export function diagnoseAttempt(attempt: AttemptRecord): AttemptDiagnosis {
  const { httpStatus, reply } = attempt;
  if (httpStatus === null || reply === null) {
    const error = attempt.error ?? '';
    if (error.includes('chaos drop'))
      return diagnosis(
        false,
        'dropped',
        '模拟丢失（chaos drop）：没有发出，按重试时间表再发。',
        'Lost on purpose (chaos drop); retried on the schedule.',
      );
    const waited = /^no answer within (\d+) ms/.exec(error);
    if (waited)
      return diagnosis(
        false,
        'timeout',
        `商户在 ${seconds(Number(waited[1]))} 秒内没有回答，按重试时间表再发。`,
        `The merchant did not answer in time (${error}).`,
      );
    return diagnosis(
      false,
      'network',
      `连不上商户的 notify_url：${networkZh(error)}`,
      `Could not reach the notify_url: ${error}`,
    );
  }
  if (httpStatus >= 300 && httpStatus < 400) {
    return diagnosis(
      false,
      'redirect',
      `HTTP ${httpStatus}：通知页做了跳转；处理完后不能跳转，只能输出 success。`,
      `HTTP ${httpStatus}: the notify page redirected; it must print success and not redirect.`,
    );
  }
  if (httpStatus !== 200) {
    return diagnosis(
      false,
      'http_status',
      `HTTP ${httpStatus}：通知页必须以 200 回答。`,
      `HTTP ${httpStatus}: the notify page must answer 200.`,
    );
  }
  if (reply === 'success')
    return diagnosis(
      true,
      'acknowledged',
      '商户回答 success：不再重发。',
      'The merchant answered success: no more deliveries.',
    );
  if (reply === 'fail')
    return diagnosis(
      false,
      'fail',
      '商户回答 fail（验签、notify_verify 或处理失败），支付宝会重发。',
      'The merchant answered fail (signature, notify_verify or processing failed); it is retried.',
    );
  if (reply === '')
    return diagnosis(
      false,
      'empty',
      '空回复：通知页必须输出 success 七个字符。',
      'Empty reply: the page must print the 7 characters success.',
    );
  if (reply.trim() === 'success')
    return diagnosis(
      false,
      'whitespace',
      '回复含多余的空白或换行：只能输出 success，前后什么都不要。',
      'The reply has extra whitespace or a newline around success.',
    );
  if (reply.trim().toLowerCase() === 'success')
    return diagnosis(
      false,
      'letter_case',
      '大小写不对：必须是小写的 success。',
      'Wrong letter case: it must be lower-case success.',
    );
  if (/<[a-z!]/i.test(reply))
    return diagnosis(
      false,
      'html',
      '回复是 HTML（页面或框架的错误信息）：通知页只能输出 success。',
      'The reply is HTML (a page or a framework error): print only success.',
    );
  return diagnosis(false, 'other', '回复不是 success，支付宝会重发。', 'The reply is not success; it is retried.');
}
