// 200 orders through the sandbox with chaos, one merchant process on an SQLite file, killed with
// SIGKILL at random points (mid-body, after receive, after commit, inside a hook) and restarted.
import { describe, expect, it } from 'vitest';
import { runSoak } from '../../scripts/soak/harness.mjs';
import { expectSoundRun } from './expectations.js';

describe('soak on SQLite, one merchant process', () => {
  it('ends with every order equal to the gateway, every effect run, none twice without a crash to excuse it', async () => {
    const result = await runSoak({ orders: 200, engine: 'sqlite', instances: 1, crashRate: 0.02, seed: 7 });
    expectSoundRun(result, 200);
    expect(result.figures.deliveriesPerInstance).toEqual({ m1: expect.any(Number) });
  });
});
