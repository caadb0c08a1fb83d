// Small measurement harness for bench/sections/*.mjs (see bench/run.mjs).
//
// A round runs the function in batches for a fixed time and yields ops/s; the reported figure is
// the median of several rounds, after a warm-up that lets the JIT settle. `compare` interleaves
// the rounds of two functions (alternating which goes first) so that machine noise such as
// another process, CPU frequency changes or GC debt lands on both sides equally.

import { performance } from 'node:perf_hooks';

const DEFAULTS = { minMs: 2000, rounds: 7, warmupMs: 300 };

/** Last result of every measured call, kept so the engine cannot drop the work as dead code. */
export let sink;

/**
 * A loop `for (i < n) fn()` compiled separately for each measured function, so that one
 * function's call site stays monomorphic and is not shared with (or slowed by) another's.
 */
function makeLoop() {
  // eslint-disable-next-line no-new-func
  return new Function('fn', 'n', 'let r; for (let i = 0; i < n; i++) r = fn(); return r;');
}

function median(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A timed runner for `fn`: `warmUp(ms)` then `round(ms)` → ops/s of that round. */
function runner(fn) {
  const loop = makeLoop();
  let batch = 1;
  // Grows the batch until one batch takes >= 1 ms, so timer overhead stays below ~0.1 %.
  function calibrate() {
    for (;;) {
      const t0 = performance.now();
      sink = loop(fn, batch);
      if (performance.now() - t0 >= 1) return;
      batch *= 2;
    }
  }
  return {
    warmUp(ms) {
      calibrate();
      const end = performance.now() + ms;
      while (performance.now() < end) sink = loop(fn, batch);
      calibrate();
    },
    round(ms) {
      let ops = 0;
      const t0 = performance.now();
      let elapsed = 0;
      do {
        sink = loop(fn, batch);
        ops += batch;
        elapsed = performance.now() - t0;
      } while (elapsed < ms);
      return (ops / elapsed) * 1000;
    },
  };
}

function options(opts) {
  const o = { ...DEFAULTS, ...opts };
  if (!(o.rounds >= 1) || !(o.minMs > 0)) throw new Error('measure: rounds >= 1 and minMs > 0 required');
  return { ...o, roundMs: o.minMs / o.rounds };
}

/**
 * Throughput of `fn` in ops/s: the median of `rounds` rounds that together last about `minMs`
 * (after `warmupMs` of warm-up). `name` is only used in error messages.
 */
export function measure(name, fn, opts = {}) {
  if (typeof fn !== 'function') throw new Error(`measure(${name}): fn must be a function`);
  const o = options(opts);
  const r = runner(fn);
  r.warmUp(o.warmupMs);
  const perRound = [];
  for (let i = 0; i < o.rounds; i++) perRound.push(r.round(o.roundMs));
  return median(perRound);
}

/** Throughput ratio `ours / baseline` (> 1: ours is faster). */
export function ratio(ours, baseline) {
  return ours / baseline;
}

/**
 * Measures `ours.fn` and `baseline.fn` with interleaved rounds (each side gets about `minMs`).
 * Resolves to each side's median ops/s, and `ratio`: the median of the per-round ratios, which
 * cancels noise that hits both members of a pair of adjacent rounds. Synchronous functions run in
 * a tight loop; use `compareAsync` for functions that return promises.
 * @returns {Promise<{ ours: number, baseline: number, ratio: number, rows: {name: string, opsPerSec?: number, ratio?: number}[] }>}
 */
export function compare(ours, baseline, opts = {}) {
  return paired(runner(ours.fn), runner(baseline.fn), ours.name, baseline.name, options(opts));
}

async function paired(a, b, oursName, baselineName, o) {
  await a.warmUp(o.warmupMs);
  await b.warmUp(o.warmupMs);
  const oursRounds = [];
  const baseRounds = [];
  const ratios = [];
  for (let i = 0; i < o.rounds; i++) {
    let x;
    let y;
    if (i % 2 === 0) {
      x = await a.round(o.roundMs);
      y = await b.round(o.roundMs);
    } else {
      y = await b.round(o.roundMs);
      x = await a.round(o.roundMs);
    }
    oursRounds.push(x);
    baseRounds.push(y);
    ratios.push(ratio(x, y));
  }
  const result = { ours: median(oursRounds), baseline: median(baseRounds), ratio: median(ratios) };
  return {
    ...result,
    rows: [
      { name: oursName, opsPerSec: result.ours },
      { name: baselineName, opsPerSec: result.baseline },
      { name: `${oursName} ÷ ${baselineName}`, ratio: result.ratio },
    ],
  };
}

/** Like `runner`, for functions that return a promise: every call is awaited (both sides alike). */
function asyncRunner(fn) {
  let batch = 1;
  async function loop(n) {
    let r;
    for (let i = 0; i < n; i++) r = await fn();
    return r;
  }
  async function calibrate() {
    for (;;) {
      const t0 = performance.now();
      sink = await loop(batch);
      if (performance.now() - t0 >= 1) return;
      batch *= 2;
    }
  }
  return {
    async warmUp(ms) {
      await calibrate();
      const end = performance.now() + ms;
      while (performance.now() < end) sink = await loop(batch);
      await calibrate();
    },
    async round(ms) {
      let ops = 0;
      const t0 = performance.now();
      let elapsed = 0;
      do {
        sink = await loop(batch);
        ops += batch;
        elapsed = performance.now() - t0;
      } while (elapsed < ms);
      return (ops / elapsed) * 1000;
    },
  };
}

/**
 * `compare` for async functions (our public API is async: WebCrypto is). The baseline is awaited
 * too, so the microtask cost of `await` lands on both sides.
 */
export function compareAsync(ours, baseline, opts = {}) {
  return paired(asyncRunner(ours.fn), asyncRunner(baseline.fn), ours.name, baseline.name, options(opts));
}
