import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Logger, runMigrations as applyJobQueueMigrations } from "graphile-worker";
import pg from "pg";

const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

// The key `prisma migrate deploy` uses, so this migrator and Prisma's own never run at once.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL for its bookkeeping table, so `prisma migrate deploy|status` read it unchanged.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const quietLogger = new Logger(() => () => undefined);

type Migration = { name: string; sql: string; checksum: string };

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Reads `<dir>/<timestamp>_<name>/migration.sql` in name order, as Prisma does. */
async function readMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      if (!existsSync(file)) {
        throw new Error(`Folder migrasi ${name} tidak berisi migration.sql. (Migration folder ${name} has no migration.sql.)`);
      }
      const bytes = await readFile(file);
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

/**
 * Applies every pending migration, each in its own transaction, and records it in
 * `_prisma_migrations` the way Prisma does. Returns the names it applied (empty when up to date).
 * Safe to call from several processes at once: they queue on an advisory lock.
 */
export async function applyMigrations(
  databaseUrl: string,
  { migrationsDir }: { migrationsDir?: string } = {},
): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
      );
      const pending = pendingMigrations(migrations, rows);
      for (const migration of pending) await applyOne(client, migration);
      // The job queue keeps its own schema (graphile_worker) and versions it itself.
      await applyJobQueueMigrations({ connectionString: databaseUrl, logger: quietLogger });
      return pending.map((m) => m.name);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

function pendingMigrations(migrations: Migration[], rows: AppliedRow[]): Migration[] {
  const live = rows.filter((r) => r.rolled_back_at === null);
  const failed = live.find((r) => r.finished_at === null);
  if (failed) {
    throw new Error(
      `Migrasi ${failed.migration_name} pernah gagal di tengah jalan dan belum diselesaikan. ` +
        `Periksa basis data, lalu tandai dengan \`prisma migrate resolve\`. ` +
        `(Migration ${failed.migration_name} failed earlier and is unresolved; fix the database and run \`prisma migrate resolve\`.)`,
    );
  }
  const applied = new Map(live.map((r) => [r.migration_name, r.checksum]));
  for (const m of migrations) {
    const recorded = applied.get(m.name);
    if (recorded !== undefined && recorded !== m.checksum) {
      throw new Error(
        `Migrasi ${m.name} sudah diterapkan, tetapi isi migration.sql-nya telah diubah sesudahnya ` +
          `(checksum ${recorded.slice(0, 12)}… ≠ ${m.checksum.slice(0, 12)}…). Jangan mengubah migrasi yang sudah ` +
          `diterapkan; kembalikan isinya dan buat migrasi baru. ` +
          `(Migration ${m.name} was already applied but its migration.sql has changed since; ` +
          `restore it and write a new migration instead.)`,
      );
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

async function applyOne(client: pg.Client, migration: Migration) {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, clock_timestamp())`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Migrasi ${migration.name} gagal dan dibatalkan seluruhnya; basis data tidak berubah. ` +
        `(Migration ${migration.name} failed and was rolled back.)\n${reason}`,
      { cause: error },
    );
  }
}

/** Creates database `name` on the server behind `serverUrl` unless it already exists. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return;
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    // Another process created it between our check and our CREATE: that is the goal anyway.
    const code = (error as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw error;
  } finally {
    await client.end();
  }
}

