// What every soak run must show, whatever the engine: the crashes happened (at every point, each
// followed by a restart) and the harness found nothing wrong (scripts/soak/harness.mjs lists the
// checks: orders equal the gateway's trades, effects done and never re-run without a crash
// between their success and their "done" write, no acknowledged notification left uncommitted).
import { expect } from 'vitest';
import type { SoakResult } from '../../scripts/soak/harness.mjs';

export function expectSoundRun(result: SoakResult, orders: number): void {
  const { figures } = result;
  expect(result.violations).toEqual([]);
  expect(figures.orders).toBe(orders);
  for (const point of ['mid-body', 'after-receive', 'after-commit', 'in-hook'])
    expect(figures.crashesByPoint[point], point).toBeGreaterThan(0);
  // Every kill was followed by a restart (a kill during the final stop is not).
  expect(figures.restarts).toBe(Object.values(figures.crashesPerInstance).reduce((a, b) => a + b, 0));
  expect(figures.restarts).toBeGreaterThan(0);
  // The crashes cost deliveries, which the sandbox made again.
  expect(figures.brokenByCrash).toBeGreaterThan(0);
  expect(figures.deliveries).toBeGreaterThan(figures.notifications);
  // Every effect committed ran at least once (the harness checked each key in the ledger).
  expect(figures.hookRuns).toBeGreaterThanOrEqual(figures.effects);
}
