/**
 * `@alipay-escrow/core/testing`: helpers for your own tests — signed notifications and returns for any
 * status, tampered ones, and a stand-in for the gateway's notify_verify. Web APIs only.
 * @module testing
 */
export { buildTestNotification, type TestNotification } from './build-notification.js';
export { buildTestReturn, type TestReturn } from './build-return.js';
export type { TestNotificationInput, TestReturnInput } from './input.js';
export { tamperNotification, resignNotification, type FieldChanges, type ResignOptions } from './tamper.js';
export { acceptingNotifyIds, type AcceptingNotifyIds } from './notify-ids.js';
export { TEST_DEFAULTS, ALIPAY_NOTIFY_CONTENT_TYPE, ALIPAY_NOTIFY_USER_AGENT } from './defaults.js';
export { formatAlipayTime, parseAlipayTime } from './alipay-time.js';
export { testTradeNo, randomNotifyId, randomReturnNotifyId } from './test-ids.js';
