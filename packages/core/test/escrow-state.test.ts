import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decide,
  initialEscrowState,
  phaseOf,
  type Decision,
  type EscrowState,
  type Notice,
  type OrderPhase,
  type RefundStatus,
  type TradeStatus,
} from '../src/escrow/index.js';

const WBP = 'WAIT_BUYER_PAY';
const WSSG = 'WAIT_SELLER_SEND_GOODS';
const WBCG = 'WAIT_BUYER_CONFIRM_GOODS';
const TF = 'TRADE_FINISHED';
const TC = 'TRADE_CLOSED';
const WSA = 'WAIT_SELLER_AGREE';
const SRB = 'SELLER_REFUSE_BUYER';
const WBRG = 'WAIT_BUYER_RETURN_GOODS';
const WSCG = 'WAIT_SELLER_CONFIRM_GOODS';
const RS = 'REFUND_SUCCESS';
const RC = 'REFUND_CLOSED';

function state(
  tradeStatus: TradeStatus | null,
  refundStatus: RefundStatus | null = null,
  refundCycle = refundStatus ? 1 : 0,
  noticeTime: string | null = null,
): EscrowState {
  return { tradeStatus, refundStatus, refundCycle, noticeTime };
}

function notice(tradeStatus: string, refundStatus?: string, time?: string): Notice {
  return {
    tradeStatus,
    ...(refundStatus === undefined ? {} : { refundStatus }),
    ...(time === undefined ? {} : { time }),
  };
}

function applied(d: Decision): Extract<Decision, { kind: 'apply' }> {
  if (d.kind !== 'apply') throw new Error(`expected apply, got ${JSON.stringify(d)}`);
  return d;
}

// A = apply, D = duplicate, S = stale. Written out by hand from docs/internals/lifecycle.md#trade-order, not computed.
const TRADE_COLUMNS = [WBP, WSSG, WBCG, TF, TC] as const;
const TRADE_TABLE: readonly [TradeStatus | null, string][] = [
  [null, 'A A A A A'],
  [WBP, 'D A A A A'],
  [WSSG, 'S D A A A'],
  [WBCG, 'S S D A A'],
  [TF, 'S S S D S'],
  [TC, 'S S S S D'],
];

const KIND = { A: 'apply', D: 'duplicate', S: 'stale', N: 'apply' } as const;

describe('trade status: every (current, notice) pair', () => {
  for (const [current, row] of TRADE_TABLE) {
    const expected = row.split(' ') as (keyof typeof KIND)[];
    TRADE_COLUMNS.forEach((incoming, i) => {
      const want = KIND[expected[i]!];
      it(`${current ?? 'null'} + ${incoming} → ${want}`, () => {
        const d = decide(state(current), notice(incoming));
        expect(d.kind).toBe(want);
        if (d.kind === 'apply') expect(d.next).toEqual(state(incoming));
        if (d.kind === 'stale') {
          expect(d.reason).toContain(incoming);
          expect(d.reason).toContain(current ?? 'none');
        }
      });
    });
  }
});

// A = apply in the same cycle, N = apply opening a new cycle (refundCycle + 1), D, S as above.
const REFUND_COLUMNS = [WSA, SRB, WBRG, WSCG, RS, RC] as const;
const REFUND_TABLE: readonly [RefundStatus | null, string][] = [
  [null, 'N N N N N N'],
  [WSA, 'D A A A A A'],
  [SRB, 'N D N N N A'],
  [WBRG, 'S S D A A A'],
  [WSCG, 'S S S D A A'],
  [RS, 'S S S S D S'],
  [RC, 'S S S S S D'],
];

describe('refund status: every (current, notice) pair, trade status unchanged', () => {
  for (const [current, row] of REFUND_TABLE) {
    const expected = row.split(' ') as (keyof typeof KIND)[];
    REFUND_COLUMNS.forEach((incoming, i) => {
      const code = expected[i]!;
      it(`${current ?? 'null'} + ${incoming} → ${code}`, () => {
        const cycle = current === null ? 0 : 2;
        const d = decide(state(WSSG, current, cycle), notice(WSSG, incoming));
        expect(d.kind).toBe(KIND[code]);
        if (d.kind === 'apply') {
          expect(d.next).toEqual(state(WSSG, incoming, code === 'N' ? cycle + 1 : cycle));
          const refund = d.effects.filter((e) => e.kind === 'refund');
          expect(refund).toEqual([
            { kind: 'refund', detail: incoming, slot: `refund:${d.next.refundCycle}:${incoming}` },
          ]);
        }
        if (d.kind === 'stale') {
          expect(d.reason).toContain(incoming);
          expect(d.reason).toContain(current!);
        }
      });
    });
  }
});

describe('a notice with both parts', () => {
  it('applies the refund part when only it moves forward, keeping the later trade status', () => {
    const d = applied(decide(state(WBCG), notice(WSSG, WSA)));
    expect(d.next).toEqual(state(WBCG, WSA, 1));
    expect(d.effects.map((e) => e.kind)).toEqual(['refund', 'transition']);
  });

  it('applies the trade part when only it moves forward, keeping the later refund status', () => {
    const d = applied(decide(state(WSSG, WBRG), notice(WBCG, WSA)));
    expect(d.next).toEqual(state(WBCG, WBRG, 1));
    expect(d.effects.map((e) => e.kind)).toEqual(['shipped', 'transition']);
  });

  it('applies both when both move forward (refund succeeded before shipping: trade closed)', () => {
    const d = applied(decide(state(WSSG, WSA), notice(TC, RS)));
    expect(d.next).toEqual(state(TC, RS, 1));
    expect(d.effects).toEqual([
      { kind: 'closed', slot: 'closed' },
      { kind: 'refund', detail: RS, slot: 'refund:1:REFUND_SUCCESS' },
      {
        kind: 'transition',
        detail: 'WAIT_SELLER_SEND_GOODS/WAIT_SELLER_AGREE/1→TRADE_CLOSED/REFUND_SUCCESS/1',
        slot: 'transition:TRADE_CLOSED/REFUND_SUCCESS/1',
      },
    ]);
  });

  it('refund succeeded after shipping: the notice carries TRADE_FINISHED and both parts apply', () => {
    const d = applied(decide(state(WBCG, WSCG), notice(TF, RS)));
    expect(d.next).toEqual(state(TF, RS, 1));
    expect(d.effects.map((e) => e.slot)).toEqual([
      'finished',
      'refund:1:REFUND_SUCCESS',
      'transition:TRADE_FINISHED/REFUND_SUCCESS/1',
    ]);
  });

  it('a late refund notice still applies after the trade ended', () => {
    const d = applied(decide(state(TF), notice(WBCG, WSA)));
    expect(d.next).toEqual(state(TF, WSA, 1));
  });

  it('is stale when neither part moves and one is behind, naming all four statuses', () => {
    const d = decide(state(WBCG, WSCG), notice(WSSG, WSCG));
    expect(d.kind).toBe('stale');
    const reason = (d as { reason: string }).reason;
    for (const s of [WBCG, WSCG, WSSG]) expect(reason).toContain(s);

    const both = decide(state(WBCG, WSCG), notice(WSSG, WBRG));
    expect(both.kind).toBe('stale');
    for (const s of [WBCG, WSCG, WSSG, WBRG]) expect((both as { reason: string }).reason).toContain(s);
  });

  it('is a duplicate when both parts equal the current state', () => {
    expect(decide(state(WSSG, WSA), notice(WSSG, WSA)).kind).toBe('duplicate');
    expect(decide(state(TC, RS), notice(TC, RS)).kind).toBe('duplicate');
  });

  it('an empty or missing refund_status is no refund information, not a move back', () => {
    expect(decide(state(WSSG, WSA), notice(WSSG)).kind).toBe('duplicate');
    expect(decide(state(WSSG, WSA), notice(WSSG, '')).kind).toBe('duplicate');
    expect(applied(decide(state(WSSG, WSA), notice(WBCG, ''))).next).toEqual(state(WBCG, WSA, 1));
    expect(decide(state(WBCG, WSA), notice(WSSG)).kind).toBe('stale');
  });
});

describe('refund cycles', () => {
  it('refuse and re-apply count cycles; each refund effect slot names its cycle', () => {
    const steps: [string, string, number][] = [
      [WSSG, WSA, 1],
      [WSSG, SRB, 1],
      [WSSG, WSA, 2],
      [WSSG, SRB, 2],
      [WSSG, WSA, 3],
      [WSSG, RC, 3],
    ];
    let s = initialEscrowState();
    s = applied(decide(s, notice(WSSG))).next;
    const slots: string[] = [];
    for (const [t, r, cycle] of steps) {
      const d = applied(decide(s, notice(t, r)));
      expect(d.next.refundCycle).toBe(cycle);
      slots.push(...d.effects.filter((e) => e.kind === 'refund').map((e) => e.slot));
      s = d.next;
    }
    expect(slots).toEqual([
      'refund:1:WAIT_SELLER_AGREE',
      'refund:1:SELLER_REFUSE_BUYER',
      'refund:2:WAIT_SELLER_AGREE',
      'refund:2:SELLER_REFUSE_BUYER',
      'refund:3:WAIT_SELLER_AGREE',
      'refund:3:REFUND_CLOSED',
    ]);
  });

  it('a jump from SELLER_REFUSE_BUYER into the agree/return sequence implies a re-application', () => {
    for (const to of [WBRG, WSCG, RS]) {
      expect(applied(decide(state(WBCG, SRB, 1), notice(WBCG, to))).next.refundCycle).toBe(2);
    }
    // closing a refused refund is not a re-application
    expect(applied(decide(state(WBCG, SRB, 1), notice(WBCG, RC))).next.refundCycle).toBe(1);
  });

  it('the first refund status heard of opens cycle 1, whichever it is', () => {
    for (const r of [WSA, SRB, WBRG, WSCG, RS, RC] as const) {
      expect(applied(decide(state(WSSG), notice(WSSG, r))).next).toEqual(state(WSSG, r, 1));
    }
  });
});

// notify_time of the notices below: `at(s)` is s seconds past 16:00:00 (Beijing time).
const at = (seconds: number): string =>
  `2026-03-01 16:${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;

describe('refund moves ordered by notify_time', () => {
  it('a late WAIT_SELLER_AGREE after SELLER_REFUSE_BUYER is stale: no new cycle; the reason names both times', () => {
    const d = decide(state(WSSG, SRB, 1, at(2)), notice(WSSG, WSA, at(1)));
    expect(d.kind).toBe('stale');
    const reason = (d as { reason: string }).reason;
    for (const text of [at(1), at(2), WSA, SRB]) expect(reason).toContain(text);
  });

  it('a late SELLER_REFUSE_BUYER after the re-applied WAIT_SELLER_AGREE is stale: the second application stays open', () => {
    const d = decide(state(WSSG, WSA, 2, at(3)), notice(WSSG, SRB, at(2)));
    expect(d.kind).toBe('stale');
    for (const text of [at(2), at(3)]) expect((d as { reason: string }).reason).toContain(text);
  });

  it('a newer re-application opens the next cycle, and the order takes its time', () => {
    expect(applied(decide(state(WSSG, SRB, 1, at(2)), notice(WSSG, WSA, at(3)))).next).toEqual(
      state(WSSG, WSA, 2, at(3)),
    );
    expect(applied(decide(state(WSSG, WSA, 2, at(3)), notice(WSSG, SRB, at(64)))).next).toEqual(
      state(WSSG, SRB, 2, at(64)),
    );
  });

  it('two notices in the same second are left to the table', () => {
    expect(applied(decide(state(WSSG, SRB, 1, at(2)), notice(WSSG, WSA, at(2)))).next).toEqual(
      state(WSSG, WSA, 2, at(2)),
    );
    expect(applied(decide(state(WSSG, WSA, 2, at(2)), notice(WSSG, SRB, at(2)))).next).toEqual(
      state(WSSG, SRB, 2, at(2)),
    );
  });

  it('a notice without a time (a single_trade_query reply) is judged by the table alone and keeps the order time', () => {
    expect(applied(decide(state(WSSG, SRB, 1, at(2)), notice(WSSG, WSA))).next).toEqual(state(WSSG, WSA, 2, at(2)));
    // …and an order without a time judges a timed notice by the table, then takes its time
    expect(applied(decide(state(WSSG, SRB, 1), notice(WSSG, WSA, at(1)))).next).toEqual(state(WSSG, WSA, 2, at(1)));
  });

  it('a time not in the notify_time format is no time', () => {
    for (const odd of ['2026-03-01T16:00:01Z', '2026-03-01 16:00', 'yesterday', '']) {
      expect(applied(decide(state(WSSG, SRB, 1, at(2)), notice(WSSG, WSA, odd))).next).toEqual(
        state(WSSG, WSA, 2, at(2)),
      );
    }
  });

  it("an older notice's trade part still moves forward; its refund part does not, and the order keeps the later time", () => {
    const d = applied(decide(state(WSSG, WSA, 2, at(5)), notice(WBCG, SRB, at(4))));
    expect(d.next).toEqual(state(WBCG, WSA, 2, at(5)));
    expect(d.effects.map((e) => e.kind)).toEqual(['shipped', 'transition']);
  });

  it('an older notice stating the current state is a plain duplicate', () => {
    expect(decide(state(WSSG, SRB, 1, at(5)), notice(WSSG, SRB, at(2)))).toEqual({ kind: 'duplicate' });
    expect(decide(state(WSSG, SRB, 1, at(5)), notice(WSSG, SRB, at(5)))).toEqual({ kind: 'duplicate' });
  });

  it('a newer notice restating the whole current state is a duplicate that records its time, so an older refusal is then stale', () => {
    // WAIT_SELLER_AGREE (16:00:01), SELLER_REFUSE_BUYER (16:00:02), WAIT_SELLER_AGREE (16:00:03) delivered 1, 3, 2
    const d = decide(state(WSSG, WSA, 1, at(1)), notice(WSSG, WSA, at(3)));
    expect(d).toEqual({ kind: 'duplicate', noticeTime: at(3) });
    expect(decide(state(WSSG, WSA, 1, at(3)), notice(WSSG, SRB, at(2))).kind).toBe('stale');
    expect(decide(state(WSSG, null, 0, null), notice(WSSG, undefined, at(1)))).toEqual({
      kind: 'duplicate',
      noticeTime: at(1),
    });
  });

  it('a newer notice without refund_status does not restate an open refund: nothing recorded', () => {
    expect(decide(state(WSSG, WSA, 1, at(1)), notice(WSSG, undefined, at(3)))).toEqual({ kind: 'duplicate' });
  });

  // Every (current, notice) refund pair of the table again, the notice one second older, then the same second.
  for (const [current, row] of REFUND_TABLE) {
    const expected = row.split(' ') as (keyof typeof KIND)[];
    REFUND_COLUMNS.forEach((incoming, i) => {
      const code = expected[i]!;
      const cycle = current === null ? 0 : 2;
      it(`${current ?? 'null'} + older ${incoming} → ${code === 'D' ? 'duplicate' : 'stale'}; same second → as the table`, () => {
        const older = decide(state(WSSG, current, cycle, at(10)), notice(WSSG, incoming, at(9)));
        expect(older.kind).toBe(code === 'D' ? 'duplicate' : 'stale');
        const same = decide(state(WSSG, current, cycle, at(10)), notice(WSSG, incoming, at(10)));
        expect(same.kind).toBe(KIND[code]);
        if (same.kind === 'apply')
          expect(same.next).toEqual(state(WSSG, incoming, code === 'N' ? cycle + 1 : cycle, at(10)));
      });
    });
  }

  it('the latest notice arriving first: the earlier steps are stale, and the cycles they hide stay uncounted (never a phantom one)', () => {
    // WAIT_SELLER_AGREE, SELLER_REFUSE_BUYER, WAIT_SELLER_AGREE, REFUND_CLOSED: REFUND_CLOSED first says nothing of cycle 2
    let s = state(WSSG);
    const first = applied(decide(s, notice(WSSG, RC, at(4))));
    expect(first.effects.map((e) => e.slot)).toEqual([
      'refund:1:REFUND_CLOSED',
      'transition:WAIT_SELLER_SEND_GOODS/REFUND_CLOSED/1',
    ]);
    s = first.next;
    for (const [r, t] of [
      [WSA, 1],
      [SRB, 2],
      [WSA, 3],
    ] as const)
      expect(decide(s, notice(WSSG, r, at(t))).kind).toBe('stale');
  });
});

describe('unknown statuses are recorded, never applied', () => {
  const unknownTrade = [
    'TRADE_SUCCESS',
    'TRADE_PENDING',
    'COD_WAIT_SELLER_SEND_GOODS',
    'COD_WAIT_BUYER_PAY',
    'COD_WAIT_SYS_PAY_SELLER',
    'wait_buyer_pay',
    ' TRADE_FINISHED',
    '',
  ];
  for (const current of [null, WBP, WSSG, TF, TC] as const) {
    for (const t of unknownTrade) {
      it(`trade_status ${JSON.stringify(t)} at ${current ?? 'null'}`, () => {
        const d = decide(state(current), notice(t));
        expect(d.kind).toBe('unknown_status');
        if (t !== '') expect((d as { reason: string }).reason).toContain(t);
      });
    }
  }
  it('an unknown refund_status makes the whole notice unknown, even when the trade part would move', () => {
    for (const r of ['REFUND_PENDING', 'refund_success', 'TRADE_CLOSED']) {
      const d = decide(state(WBP), notice(WSSG, r));
      expect(d.kind).toBe('unknown_status');
      expect((d as { reason: string }).reason).toContain(r);
    }
  });
});

describe('milestone effects', () => {
  const cases: [TradeStatus | null, TradeStatus, string[]][] = [
    [null, WBP, []],
    [null, WSSG, ['paid']],
    [null, WBCG, ['paid', 'shipped']],
    [null, TF, ['paid', 'shipped', 'finished']],
    [null, TC, ['closed']],
    [WBP, WSSG, ['paid']],
    [WBP, WBCG, ['paid', 'shipped']],
    [WBP, TF, ['paid', 'shipped', 'finished']],
    [WBP, TC, ['closed']],
    [WSSG, WBCG, ['shipped']],
    [WSSG, TF, ['shipped', 'finished']],
    [WSSG, TC, ['closed']],
    [WBCG, TF, ['finished']],
    [WBCG, TC, ['closed']],
  ];
  for (const [from, to, milestones] of cases) {
    it(`${from ?? 'null'} → ${to} fires ${milestones.join(', ') || 'no milestone'}, then the transition`, () => {
      const d = applied(decide(state(from), notice(to)));
      expect(d.effects.map((e) => e.slot)).toEqual([...milestones, `transition:${to}/none/0`]);
      expect(d.effects.map((e) => e.kind)).toEqual([...milestones, 'transition']);
      expect(d.effects[d.effects.length - 1]!.detail).toBe(`${from ?? 'none'}/none/0→${to}/none/0`);
    });
  }
});

describe('phaseOf', () => {
  const cases: [TradeStatus | null, RefundStatus | null, OrderPhase][] = [
    [null, null, 'created'],
    [WBP, null, 'awaiting_payment'],
    [WSSG, null, 'paid'],
    [WBCG, null, 'shipped'],
    [TF, null, 'finished'],
    [TC, null, 'closed'],
    [WSSG, WSA, 'refunding'],
    [WSSG, SRB, 'refunding'],
    [WBCG, WBRG, 'refunding'],
    [WBCG, WSCG, 'refunding'],
    [WSSG, RC, 'paid'],
    [WBCG, RC, 'shipped'],
    [WBCG, RS, 'shipped'],
    [TC, RS, 'closed'],
    [TF, RS, 'finished'],
    [TF, WSA, 'finished'],
    [TC, WSCG, 'closed'],
  ];
  for (const [t, r, phase] of cases) {
    it(`${t ?? 'null'}/${r ?? 'none'} → ${phase}`, () => {
      expect(phaseOf(state(t, r))).toBe(phase);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Property: out-of-order, duplicated delivery ends where in-order delivery ends.

/** One refund application, as a valid sequence of refund statuses; it may end open. */
const refundEpisode: fc.Arbitrary<RefundStatus[]> = fc
  .tuple(
    fc.nat({ max: 2 }), // refusals followed by a re-application
    fc.constantFrom<RefundStatus[]>(
      [RS],
      [WBRG, WSCG, RS],
      [RC],
      [WBRG, RC],
      [WBRG, WSCG, RC],
      [SRB, RC], // final
      [],
      [SRB],
      [WBRG],
      [WBRG, WSCG], // still open: waiting for the seller, refused, goods on their way
    ),
  )
  .map(([refusals, ending]) => {
    const out: RefundStatus[] = [WSA];
    for (let i = 0; i < refusals; i++) out.push(SRB, WSA);
    return [...out, ...ending];
  });

/**
 * A realistic in-order history of one trade: created → paid → [refund] → shipped → [refund] →
 * finished, or closed unpaid, or closed by a refund that succeeded before shipping (docs/internals/lifecycle.md#after-a-refund, CR p10: a
 * refund succeeding after shipping finishes the trade). A refund may still be open at the end,
 * after any number of refusals.
 */
function tradeHistory(
  paid: boolean,
  refundBeforeShipping: RefundStatus[] | undefined,
  refundAfterShipping: RefundStatus[] | undefined,
  separateCloseNotice: boolean,
): Notice[] {
  const out: Notice[] = [notice(WBP)];
  if (!paid) return [...out, notice(TC)];
  out.push(notice(WSSG));
  let refund: RefundStatus | undefined;
  const episode = (trade: TradeStatus, steps: RefundStatus[], endTrade: TradeStatus): boolean => {
    for (const r of steps) {
      if (r === RS) {
        if (separateCloseNotice) out.push(notice(trade, r));
        out.push(notice(endTrade, r));
        return true;
      }
      out.push(notice(trade, r));
    }
    refund = steps[steps.length - 1];
    return false;
  };
  if (refundBeforeShipping && episode(WSSG, refundBeforeShipping, TC)) return out;
  out.push(notice(WBCG, refund));
  if (!refund && refundAfterShipping && episode(WBCG, refundAfterShipping, TF)) return out;
  out.push(notice(TF, refund));
  return out;
}

/**
 * Trade histories; half of them stop early (the trade still going on, its latest notice perhaps
 * a refund step). Each notice carries its notify_time, strictly increasing: a notification per
 * status change (a re-delivery, below, keeps its notice's time).
 */
const history: fc.Arbitrary<Notice[]> = fc
  .record({
    paid: fc.boolean(),
    refundBeforeShipping: fc.option(refundEpisode, { nil: undefined }),
    refundAfterShipping: fc.option(refundEpisode, { nil: undefined }),
    separateCloseNotice: fc.boolean(),
    stopAfter: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ paid, refundBeforeShipping, refundAfterShipping, separateCloseNotice, stopAfter }) => {
    const notices = tradeHistory(paid, refundBeforeShipping, refundAfterShipping, separateCloseNotice);
    return stopAfter === undefined ? notices : notices.slice(0, 1 + (stopAfter % notices.length));
  })
  .chain((notices) =>
    fc.array(fc.integer({ min: 1, max: 90 }), { minLength: notices.length, maxLength: notices.length }).map((gaps) => {
      let seconds = 0;
      return notices.map((n, i) => ({ ...n, time: at((seconds += gaps[i]!)) }));
    }),
  );

interface Run {
  final: EscrowState;
  slots: string[];
  /** The refund statuses applied, in the order they were. */
  refundSteps: string[];
  kinds: Decision['kind'][];
}

/**
 * Feeds notices through decide(), committing effects by slot as a store would (and a duplicate's
 * later time, as commitNotice does); fails on a repeated slot.
 */
function run(notices: readonly Notice[]): Run {
  let s = initialEscrowState();
  const slots = new Set<string>();
  const refundSteps: string[] = [];
  const kinds: Decision['kind'][] = [];
  for (const n of notices) {
    const d = decide(s, n);
    kinds.push(d.kind);
    if (d.kind === 'duplicate' && d.noticeTime !== undefined) s = { ...s, noticeTime: d.noticeTime };
    if (d.kind !== 'apply') continue;
    for (const e of d.effects) {
      if (slots.has(e.slot)) throw new Error(`slot ${e.slot} planned twice`);
      slots.add(e.slot);
      if (e.kind === 'refund') refundSteps.push(e.detail!);
    }
    s = d.next;
  }
  return { final: s, slots: [...slots], refundSteps, kinds };
}

function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let i = 0;
  for (const x of whole) if (i < part.length && part[i] === x) i++;
  return i === part.length;
}

/** Each notice of the history delivered 1-3 times, everything in any order. */
const deliveries = history.chain((h) =>
  fc
    .array(fc.integer({ min: 1, max: 3 }), { minLength: h.length, maxLength: h.length })
    .map((copies) => h.flatMap((n, i) => Array.from({ length: copies[i]! }, () => n)))
    .chain((withDuplicates) =>
      fc
        .shuffledSubarray(withDuplicates, { minLength: withDuplicates.length, maxLength: withDuplicates.length })
        .map((delivered) => ({ history: h, delivered })),
    ),
);

/**
 * Each notice first delivered in order, and re-delivered (0-2 more times) at any later point:
 * what Alipay's retries and a duplicating network do to notifications sent one status change apart.
 */
const lateRedeliveries = history.chain((h) =>
  fc
    .array(fc.tuple(fc.nat({ max: h.length - 1 }), fc.nat({ max: h.length - 1 })), { maxLength: 2 * h.length })
    .map((extra) => {
      const delivered: Notice[] = [];
      h.forEach((n, position) => {
        delivered.push(n);
        // a re-delivery of notice i lands after position max(i, p)
        for (const [i, p] of extra) if (Math.max(i, p) === position) delivered.push(h[i]!);
      });
      return { history: h, delivered };
    }),
);

describe('property: any delivery order, with duplicates', () => {
  it('the in-order history applies every notice', () => {
    fc.assert(
      fc.property(history, (h) => {
        expect(run(h).kinds.every((k) => k === 'apply')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('late re-deliveries change nothing: the same final state, refund cycle included, and exactly the same effect slots', () => {
    fc.assert(
      fc.property(lateRedeliveries, ({ history: h, delivered }) => {
        const inOrder = run(h);
        const late = run(delivered);
        // The invariant notify_time ordering buys: by the refund table alone, a re-delivered
        // WAIT_SELLER_AGREE after SELLER_REFUSE_BUYER opened a phantom cycle (with its own
        // onRefund and transition), and a late refusal moved the newer application back.
        expect(late.final).toEqual(inOrder.final);
        expect(late.slots.sort()).toEqual(inOrder.slots.sort());
        expect(late.refundSteps).toEqual(inOrder.refundSteps);
      }),
      { numRuns: 1000 },
    );
  });

  it('any order ends in the same trade and refund status as in order (open refunds too), never plans a slot twice, never counts a phantom cycle, and a finished trade has exactly paid/shipped/finished', () => {
    fc.assert(
      fc.property(deliveries, ({ history: h, delivered }) => {
        const inOrder = run(h);
        const shuffled = run(delivered); // throws on a repeated slot
        expect(shuffled.final.tradeStatus).toBe(inOrder.final.tradeStatus);
        expect(shuffled.final.refundStatus).toBe(inOrder.final.refundStatus);
        expect(shuffled.final.noticeTime).toBe(inOrder.final.noticeTime);
        // Refund steps are applied in notify_time order, so each one applied is a real step, in
        // the order it happened: never a phantom cycle. The exact cycle count is NOT invariant
        // under arbitrary reordering: a notice carries no cycle number, so when a later notice
        // arrives before an application's own, that application cannot be counted (the later
        // notice is applied, the earlier ones are stale). Late re-deliveries (above) count exactly.
        expect(isSubsequence(shuffled.refundSteps, inOrder.refundSteps)).toBe(true);
        expect(shuffled.final.refundCycle).toBeLessThanOrEqual(inOrder.final.refundCycle);
        expect(shuffled.final.refundCycle > 0).toBe(inOrder.final.refundCycle > 0);
        const milestones = (r: Run) =>
          r.slots.filter((x) => ['paid', 'shipped', 'finished', 'closed'].includes(x)).sort();
        if (inOrder.final.tradeStatus === TF) {
          expect(milestones(shuffled)).toEqual(['finished', 'paid', 'shipped']);
          expect(milestones(inOrder)).toEqual(['finished', 'paid', 'shipped']);
        }
        if (inOrder.final.tradeStatus === TC) expect(milestones(shuffled)).toContain('closed');
      }),
      { numRuns: 1000 },
    );
  });
});
