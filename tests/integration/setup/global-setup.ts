import type { TestProject } from "vitest/node";
import { scratchDataDir, startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres";
import { withDatabase } from "../../../scripts/lib/demo-env";
import { applyMigrations, ensureDatabase } from "../../../scripts/lib/migrator";
import { freePort } from "../../../scripts/lib/net";
import { TEMPLATE_DATABASE } from "../helpers/db";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's PostgreSQL server, connected to its maintenance database "postgres". */
    pgServerUrl: string;
  }
}

/**
 * One PostgreSQL server for the whole integration run, with the migrations applied once to a
 * template database; every test file then copies the template (see per-file.ts).
 */
export default async function setup(project: TestProject) {
  const pg = await startEmbeddedPostgres({ dataDir: scratchDataDir("itest"), port: await freePort(), persistent: false });
  try {
    await ensureDatabase(pg.url, TEMPLATE_DATABASE);
    await applyMigrations(withDatabase(pg.url, TEMPLATE_DATABASE));
  } catch (error) {
    await pg.stop();
    throw error;
  }
  project.provide("pgServerUrl", pg.url);
  return () => pg.stop();
}
