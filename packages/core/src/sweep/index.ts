export type {
  StuckReason,
  StuckReport,
  SweepEffectsRun,
  SweepFailure,
  SweepOptions,
  SweepReconciled,
  SweepResult,
} from './types.js';
