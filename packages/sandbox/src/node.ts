/**
 * `@alipay-escrow/sandbox/node`: the sandbox behind a Node HTTP server, optionally kept in an
 * SQLite file (better-sqlite3, loaded only when a file is asked for), and the launcher the
 * `alipay-escrow sandbox` command uses, with what it prints (config block, event lines, terminal-safe
 * text) and the trigger it sends notifications with.
 *
 * @module node
 */
export { startSandbox, type StartSandboxOptions, type RunningSandbox, type SandboxStorage } from './node/server.js';
export { openSqliteStore } from './node/sqlite-file.js';
export { launchSandbox, type LaunchOptions, type LaunchedSandbox, type CredentialSource } from './node/launch.js';

// what the launcher prints and sends: its config block and JSON, event lines, triggered
// notifications, generated credentials, and text made safe for a terminal
export {
  generateKey,
  generatePartner,
  parseSeller,
  type CredentialSources,
  type SandboxCredentials,
  type SellerCredentials,
} from './launch/credentials.js';
export {
  configBlock,
  launchJson,
  chaosText,
  type LaunchSummary,
  type LaunchJson,
  type SandboxPages,
} from './launch/config-block.js';
export { eventLine } from './launch/event-line.js';
export {
  triggerNotification,
  type TriggerOptions,
  type TriggerResult,
  type TriggerDelivery,
} from './launch/trigger.js';
export { escapeControls, terminalJson, isPrintable } from './terminal-text.js';
