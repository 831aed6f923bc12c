import pg from "pg";
import { db } from "@/lib/server/db";

/** Table name → row count and md5 over the text of every row, in a stable order. */
export type Fingerprint = Record<string, string>;

let tables: Array<{ name: string }> | undefined;

/**
 * One SQL statement that fingerprints every table of the app: any INSERT, UPDATE or DELETE
 * changes the row text of some table, so it changes the fingerprint. `except` leaves out rows
 * whose text contains one of the given strings (an actor's own id or instansi id), for actions
 * that by design change the actor's own rows.
 */
export async function databaseFingerprint(except: string[] = []): Promise<Fingerprint> {
  tables ??= await db.$queryRaw<Array<{ name: string }>>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const filter = except.length === 0 ? "" : `WHERE ${except.map((s) => `strpos(r::text, ${pg.escapeLiteral(s)}) = 0`).join(" AND ")}`;
  const parts = tables.map(
    ({ name }) =>
      `SELECT ${pg.escapeLiteral(name)} AS name, count(*) || ':' || md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS hash FROM ${pg.escapeIdentifier(name)} r ${filter}`,
  );
  const rows = await db.$queryRawUnsafe<Array<{ name: string; hash: string }>>(parts.join(" UNION ALL "));
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]).sort();
}
