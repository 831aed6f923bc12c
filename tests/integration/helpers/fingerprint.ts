import { db } from "@/lib/server/db";

let query: string | undefined;

/**
 * One md5 over every row of every table (migrations bookkeeping aside), in one SQL statement:
 * equal before and after an action means the action wrote nothing. Cheap on a test database.
 */
export async function databaseFingerprint(): Promise<string> {
  query ??= await buildQuery();
  const [row] = await db.$queryRawUnsafe<Array<{ fingerprint: string }>>(query);
  return row!.fingerprint;
}

async function buildQuery(): Promise<string> {
  const tables = await db.$queryRaw<Array<{ name: string }>>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const parts = tables.map(({ name }) => {
    const ident = `"${name.replace(/"/g, '""')}"`;
    return `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${ident} t)`;
  });
  return `SELECT md5(concat_ws(',', ${parts.join(", ")})) AS fingerprint`;
}
