// The names `@alipay-escrow/sandbox` and `@alipay-escrow/sandbox/node` offer. Every name is a
// promise to users: adding, removing or moving one must be a deliberate edit of these lists (and a
// changeset saying where it went). Values are read from the modules; types from the TypeScript
// compiler's view of the entry files.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url);

/** What a test author uses: the web app, its clock, stores, chaos, schedules and diagnoses. */
const ROOT_VALUES = [
  'CREATE_ERROR_CODES',
  'MAX_DELIVERIES',
  'NOTIFY_HEADERS',
  'REORDER_WINDOW_SECONDS',
  'RETRY_INTERVALS_SECONDS',
  'RETURN_ID_LIFETIME_MS',
  'SERVICE_ERROR_CODES',
  'TEST_BUYERS',
  'TRIGGERED_ID_SECONDS',
  'createClock',
  'createSandbox',
  'deliveryOffsetSeconds',
  'diagnoseAttempt',
  'memoryStore',
  'parseChaos',
  'signMessage',
  'sqliteStore',
  'testBuyer',
];

/** Their types. */
const ROOT_TYPES = [
  'AttemptDiagnosis',
  'AttemptJson',
  'AttemptReason',
  'AttemptRecord',
  'ChaosOptions',
  'ClockListener',
  'ClockOptions',
  'CreateErrorCode',
  'DeliveryEvent',
  'InspectedAttempt',
  'InspectedId',
  'InspectedNotification',
  'InspectedTrade',
  'NotificationJson',
  'NotificationRecord',
  'NotifyIdEvent',
  'RefundAction',
  'RefundStatus',
  'RequestedBuyer',
  'RequestedTimeouts',
  'ResolvedChaos',
  'ReturnIdRecord',
  'Sandbox',
  'SandboxAccount',
  'SandboxClock',
  'SandboxConfig',
  'SandboxEvent',
  'SandboxEventListener',
  'SandboxFeatures',
  'SandboxRsaKeys',
  'SandboxSeller',
  'SandboxSnapshot',
  'SandboxStore',
  'SandboxTimeouts',
  'ServiceErrorCode',
  'ShippingRecord',
  'SignedMessage',
  'SqliteDatabase',
  'SqliteStatement',
  'TestBuyer',
  'TestBuyerOutcome',
  'TradeEvent',
  'TradeEventAction',
  'TradeJson',
  'TradeRecord',
  'TradeStatus',
];

/** The Node server and the launcher, with what the `alipay-escrow sandbox` command prints. */
const NODE_VALUES = [
  'chaosText',
  'configBlock',
  'escapeControls',
  'eventLine',
  'generateKey',
  'generatePartner',
  'isPrintable',
  'launchJson',
  'launchSandbox',
  'openSqliteStore',
  'parseSeller',
  'startSandbox',
  'terminalJson',
  'triggerNotification',
];

/** Their types. */
const NODE_TYPES = [
  'CredentialSource',
  'CredentialSources',
  'LaunchJson',
  'LaunchOptions',
  'LaunchSummary',
  'LaunchedSandbox',
  'RunningSandbox',
  'SandboxCredentials',
  'SandboxPages',
  'SandboxStorage',
  'SellerCredentials',
  'StartSandboxOptions',
  'TriggerDelivery',
  'TriggerOptions',
  'TriggerResult',
];

/** Every name an entry file exports, split into values and types-only, as the compiler sees it (seconds on a busy machine). */
function exportsOf(entry: string): { values: string[]; types: string[] } {
  const file = new URL(entry, srcDir).pathname;
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

describe('@alipay-escrow/sandbox', () => {
  it('offers exactly the listed values', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual(ROOT_VALUES);
  });

  it('offers exactly the listed types', { timeout: 60_000 }, () => {
    const { values, types } = exportsOf('index.ts');
    expect(values).toEqual(ROOT_VALUES);
    expect(types).toEqual(ROOT_TYPES);
  });
});

describe('@alipay-escrow/sandbox/node', () => {
  it('offers exactly the listed values', async () => {
    expect(Object.keys(await import('../src/node.js')).sort()).toEqual(NODE_VALUES);
  });

  it('offers exactly the listed types', { timeout: 60_000 }, () => {
    const { values, types } = exportsOf('node.ts');
    expect(values).toEqual(NODE_VALUES);
    expect(types).toEqual(NODE_TYPES);
  });
});
