import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { applyMigrations } from "@/scripts/lib/migrator";
import { createDatabase, withClient, type TestDatabase } from "./helpers/db";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let database: TestDatabase;
beforeEach(async () => {
  database = await createDatabase();
});
afterEach(() => database.drop());

const query = <T extends object>(sql: string) => withClient(database.url, async (c) => (await c.query<T>(sql)).rows);

describe("applyMigrations", () => {
  test("applies every migration to an empty database and records each as Prisma would", async () => {
    expect(await applyMigrations(database.url)).toEqual(migrationNames);

    const rows = await query<{
      id: string; checksum: string; migration_name: string; logs: string | null; started_at: Date;
      finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number;
    }>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const file = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
    }
    expect(await query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Instansi'`)).toHaveLength(1);
  });

  test("creates _prisma_migrations with exactly Prisma's columns, so `prisma migrate deploy` can take over", async () => {
    await applyMigrations(database.url);
    const columns = await query(
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
         FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    const column = (name: string, type: string, len: number | null, nullable: string, def: string | null = null) =>
      ({ column_name: name, data_type: type, len, is_nullable: nullable, column_default: def });
    expect(columns).toEqual([
      column("id", "character varying", 36, "NO"),
      column("checksum", "character varying", 64, "NO"),
      column("finished_at", "timestamp with time zone", null, "YES"),
      column("migration_name", "character varying", 255, "NO"),
      column("logs", "text", null, "YES"),
      column("rolled_back_at", "timestamp with time zone", null, "YES"),
      column("started_at", "timestamp with time zone", null, "NO", "now()"),
      column("applied_steps_count", "integer", null, "NO", "0"),
    ]);
  });

  test("a second run applies nothing", async () => {
    await applyMigrations(database.url);
    expect(await applyMigrations(database.url)).toEqual([]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(migrationNames.length);
  });

  test("two app instances starting at once apply each migration exactly once", async () => {
    const results = await Promise.all([applyMigrations(database.url), applyMigrations(database.url)]);
    expect(results.map((r) => r.length).sort()).toEqual([0, migrationNames.length]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(migrationNames.length);
  });

  test("refuses to run when an applied migration's file was edited afterwards", async () => {
    await applyMigrations(database.url);
    const first = migrationNames[0]!;
    await query(`UPDATE "_prisma_migrations" SET checksum = repeat('0', 64) WHERE migration_name = '${first}'`);

    await expect(applyMigrations(database.url)).rejects.toThrow(
      new RegExp(`Migrasi ${first} sudah diterapkan, tetapi isi migration.sql-nya telah diubah`),
    );
  });

  describe("with a new migration on top of the committed ones", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), "ekinerja-migrations-"));
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const addMigration = (name: string, sql: string) => {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, "migration.sql"), sql);
    };

    test("applies only the new one", async () => {
      await applyMigrations(database.url);
      addMigration("29990101000000_tambah_catatan", `ALTER TABLE "Instansi" ADD COLUMN "catatan" TEXT;`);

      expect(await applyMigrations(database.url, { migrationsDir: dir })).toEqual(["29990101000000_tambah_catatan"]);
      const catatan = `SELECT 1 FROM information_schema.columns WHERE table_name = 'Instansi' AND column_name = 'catatan'`;
      expect(await query(catatan)).toHaveLength(1);
    });

    test("a migration that fails halfway leaves no trace and no record", async () => {
      await applyMigrations(database.url);
      addMigration("29990101000000_rusak", `CREATE TABLE "Sementara" (id int);\nSELECT 1 / 0;`);

      await expect(applyMigrations(database.url, { migrationsDir: dir })).rejects.toThrow(
        /Migrasi 29990101000000_rusak gagal dan dibatalkan seluruhnya[\s\S]*division by zero/,
      );
      expect(await query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Sementara'`)).toEqual([]);
      expect(await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name LIKE '%rusak'`)).toEqual([]);
    });
  });
});
