// Types of scripts/soak/harness.mjs, for the tests under tests/soak.

/** Options of {@link runSoak}. */
export interface SoakOptions {
  orders: number;
  engine: 'sqlite' | 'postgres';
  instances?: number;
  crashRate?: number;
  chaos?: { dup?: number; drop?: number; reorder?: boolean; delay?: number; seed?: number };
  seed?: number;
  concurrency?: number;
  keepDir?: boolean;
}

/** The run's figures (see harness.mjs for each). */
export interface SoakFigures {
  orders: number;
  engine: string;
  instances: number;
  notifications: number;
  deliveries: number;
  acknowledged: number;
  crashes: number;
  crashesByPoint: Record<string, number>;
  crashesPerInstance: Record<string, number>;
  deliveriesPerInstance: Record<string, number>;
  restarts: number;
  brokenByCrash: number;
  effects: number;
  hookRuns: number;
  reruns: number;
  rerunKeys: { idempotencyKey: string; runs: number }[];
  reconciled: number;
  wallMs: number;
  [name: string]: unknown;
}

/** What a run found. */
export interface SoakResult {
  figures: SoakFigures;
  violations: Record<string, unknown>[];
}

export const FLOWS: Record<string, { weight: number; steps: string[] }>;
export const CRASH_POINTS: string[];
export function runSoak(options: SoakOptions): Promise<SoakResult>;
