import "server-only";
import type pg from "pg";

// A process-wide tally of SQL statements sent to PostgreSQL. `npm run bench` reads it before
// and after a run of one journey to report queries per request; an integer increment per
// statement costs nothing measurable, so it is always on and only its exposure is switched.
// It lives on globalThis because Next bundles pages, actions and route handlers into separate
// module graphs, each with its own copy of this module (and of lib/server/db.ts).
const tally = ((globalThis as { sqlTally?: { statements: number } }).sqlTally ??= { statements: 0 });

/**
 * Counts every statement each pooled connection sends. pg.Pool#query and Prisma's
 * transactions both end in Client#query on a checked-out client, so this sees all of them,
 * BEGIN and COMMIT included: each is a round trip to the database.
 */
export function countQueries(pool: pg.Pool): pg.Pool {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    Object.assign(client, {
      query: (...args: unknown[]) => {
        tally.statements += 1;
        return query(...args);
      },
    });
  });
  return pool;
}

export function sqlStatementCount(): number {
  return tally.statements;
}

/** The count is shown only to a server started for the benchmark (BENCH_METRICS=1). */
export function queryMetricsEnabled(source: Record<string, string | undefined>): boolean {
  return source.BENCH_METRICS === "1";
}
