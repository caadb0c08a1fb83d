export type { StuckReason, StuckReport, SweepFailure, SweepOptions, SweepReconciled, SweepResult } from './types.js';
