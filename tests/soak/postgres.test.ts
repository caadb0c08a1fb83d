// 200 orders through the sandbox with chaos, two merchant processes behind a round-robin proxy on
// one Postgres: the server at ALIPAY_ESCROW_PG_URL, else PGlite over its socket (never skipped:
// if neither starts, the test fails). Both are killed at random points and restarted.
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../scripts/soak/harness.mjs';
import { expectSoundRun } from './expectations.js';

describe('soak on Postgres, two merchant processes', () => {
  it('spreads deliveries and crashes over both and still ends consistent', async () => {
    const result = await runSoak({ orders: 200, engine: 'postgres', instances: 2, crashRate: 0.02, seed: 11 });
    expectSoundRun(result, 200);
    expect(result.figures.deliveriesPerInstance.m1).toBeGreaterThan(0);
    expect(result.figures.deliveriesPerInstance.m2).toBeGreaterThan(0);
    expect(result.figures.crashesPerInstance.m1).toBeGreaterThan(0);
    expect(result.figures.crashesPerInstance.m2).toBeGreaterThan(0);
  });
});
