// The SQL store's steps (sql-steps.ts) on every SQL engine Node runs: better-sqlite3, PGlite and,
// with ALIPAY_ESCROW_PG_URL set, a Postgres server through a pg.Pool — where a round trip is a
// statement sent over the network (BEGIN and COMMIT count), so "one" means one.
import { storeFactories } from './factories.node.js';
import { runSqlSteps } from './sql-steps.js';

for (const factory of storeFactories()) {
  if (factory.name === 'memory') continue;
  runSqlSteps(factory.name, async () => {
    const created = await factory.create();
    const { roundTrips } = created;
    if (roundTrips === undefined) throw new Error(`${factory.name} counts no round trips`);
    return { store: created.store, close: created.close, roundTrips };
  });
}
