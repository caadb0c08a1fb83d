// The shared adapter behaviour suite: see suite.ts (the tests) and escrow.ts (the escrow a harness serves).
export { runAdapterSuite, type Harness, type HarnessSetup, type StartHarness } from './suite.js';
export {
  createSuiteEscrow,
  suiteGateway,
  suiteMerchant,
  SUITE_KEYS,
  SUITE_PARTNER,
  SUITE_PRICE,
  type SuiteEscrow,
  type SuiteEscrowInput,
} from './escrow.js';
