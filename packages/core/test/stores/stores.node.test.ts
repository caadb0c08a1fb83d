// The EscrowStore contract on every engine Node can run (see factories.node.ts): memory,
// SQLite file, PGlite and, with ALIPAY_ESCROW_PG_URL set, a PostgreSQL server.
import { storeFactories } from './factories.node.js';
import { runStoreContract } from './store-contract.js';

for (const factory of storeFactories()) runStoreContract(factory.name, () => factory.create());
