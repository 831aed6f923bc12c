import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { withDatabase } from "../../../scripts/lib/demo-env";

/** Migrated once per run by the global setup; test databases are copies of it. */
export const TEMPLATE_DATABASE = "tmpl";

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

/**
 * A new database on the run's server: a copy of `template`, or empty (no tables, no
 * `_prisma_migrations`) without one. Copying a template takes well under a second.
 */
export async function createDatabase(template?: string): Promise<TestDatabase> {
  const serverUrl = inject("pgServerUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const from = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : "";
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${from}`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    // FORCE: a test that forgot to close a connection must not leave its database behind.
    drop: async () => {
      await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}

/** Runs `fn` with a short-lived connection to `url`. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
