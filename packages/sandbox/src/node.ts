/**
 * `@alipay-escrow/sandbox/node`: the sandbox behind a Node HTTP server, optionally kept in an
 * SQLite file (better-sqlite3, loaded only when a file is asked for), and the launcher the
 * `alipay-escrow sandbox` command uses.
 *
 * @module node
 */
export { startSandbox, type StartSandboxOptions, type RunningSandbox } from './node/server.js';
export { openSqliteStore } from './node/sqlite-file.js';
export { launchSandbox, type LaunchOptions, type LaunchedSandbox, type CredentialSource } from './node/launch.js';
