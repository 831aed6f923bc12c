import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { applyMigrations } from "@/scripts/lib/migrator";
import { schemaToSql } from "@/scripts/migration-sql";
import { createDatabase, withClient, type TestDatabase } from "./helpers/db";

/**
 * prisma/schema.prisma and prisma/migrations are written separately (offline, see README), so
 * nothing stops them drifting apart. This builds one database from the migrations and one from
 * the SQL Prisma derives from the schema, and compares what Postgres actually holds.
 */
type Drift = { onlyInMigrations: string[]; onlyInSchema: string[] };

const SCHEMA = path.resolve("prisma/schema.prisma");
const databases: TestDatabase[] = [];
let fromMigrations: string[];
let fromSchema: string[];
let fromEditedSchema: string[];

beforeAll(async () => {
  const [migrated, direct, edited] = await Promise.all([createDatabase(), createDatabase(), createDatabase()]);
  databases.push(migrated, direct, edited);
  const scratch = mkdtempSync(path.join(os.tmpdir(), "ekinerja-drift-"));
  try {
    const editedSchema = path.join(scratch, "schema.prisma");
    writeFileSync(editedSchema, withDeliberateDrift(readFileSync(SCHEMA, "utf8")));
    // The WASM engine is slow and single-threaded; two of them at once use both cores.
    const [directSql, editedSql] = await Promise.all([
      schemaToSql(SCHEMA, inject("pgServerUrl")),
      schemaToSql(editedSchema, inject("pgServerUrl")),
      applyMigrations(migrated.url),
    ]);
    await withClient(direct.url, (c) => c.query(directSql));
    await withClient(edited.url, (c) => c.query(editedSql));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  [fromMigrations, fromSchema, fromEditedSchema] = await Promise.all([
    describeDatabase(migrated.url),
    describeDatabase(direct.url),
    describeDatabase(edited.url),
  ]);
}, 180_000);

afterAll(() => Promise.all(databases.map((d) => d.drop())));

describe("migrations and schema.prisma", () => {
  test("the migrations build exactly the database that schema.prisma describes", () => {
    expect(fromMigrations.length).toBeGreaterThan(100);
    expect(
      drift(fromMigrations, fromSchema),
      "prisma/migrations and prisma/schema.prisma disagree: write a migration with scripts/migration-sql.ts",
    ).toEqual({ onlyInMigrations: [], onlyInSchema: [] });
  });

  test("the comparison reports a new column, a changed onDelete and a new enum value", () => {
    expect(drift(fromMigrations, fromEditedSchema)).toEqual({
      onlyInMigrations: [
        expect.stringMatching(/^constraint "UnitKerja"\."UnitKerja_instansiId_fkey": FOREIGN KEY .* ON DELETE CASCADE$/),
        expect.stringMatching(/^enum "Role": (?!.*AUDITOR)/),
      ],
      onlyInSchema: [
        'column "Instansi"."catatanDrift": text NULL',
        expect.stringMatching(/^constraint "UnitKerja"\."UnitKerja_instansiId_fkey": FOREIGN KEY .* ON DELETE RESTRICT$/),
        expect.stringMatching(/^enum "Role": .*AUDITOR/),
      ],
    });
  });
});

function withDeliberateDrift(schema: string): string {
  // The first `instansi` relation in the file is UnitKerja's.
  const cascadeToInstansi = /^(\s+instansi\s+Instansi\s+@relation\(.*onDelete: )Cascade\)/m;
  const edited = schema
    .replace(/^model Instansi \{$/m, "model Instansi {\n  catatanDrift String?")
    .replace(cascadeToInstansi, "$1Restrict)")
    .replace(/^enum Role \{$/m, "enum Role {\n  AUDITOR");
  if (!cascadeToInstansi.test(schema) || edited.split("\n").length !== schema.split("\n").length + 2) {
    throw new Error("schema.prisma no longer has the spots withDeliberateDrift edits; pick new ones");
  }
  return edited;
}

function drift(migrations: string[], schema: string[]): Drift {
  return {
    onlyInMigrations: migrations.filter((line) => !schema.includes(line)),
    onlyInSchema: schema.filter((line) => !migrations.includes(line)),
  };
}

/**
 * One sorted line per table, column, enum, index and constraint in schema "public", in
 * Postgres' own rendering (format_type, pg_get_indexdef, pg_get_constraintdef), so equal
 * lines mean equal objects. Column order and enum value order are left out: a migration that
 * adds them appends at the end, which Prisma does not count as drift either.
 */
async function describeDatabase(url: string): Promise<string[]> {
  const sql = `
    WITH rel AS (
      SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    )
    SELECT format('table %I', relname) AS line FROM rel
    UNION ALL
    SELECT format('column %I.%I: %s %s%s', rel.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                  CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END,
                  coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), ''))
      FROM rel JOIN pg_attribute a ON a.attrelid = rel.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    UNION ALL
    SELECT format('enum %I: %s', t.typname, string_agg(e.enumlabel, ', ' ORDER BY e.enumlabel))
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
     WHERE n.nspname = 'public' GROUP BY t.typname
    UNION ALL
    SELECT format('index %I: %s', i.relname, pg_get_indexdef(x.indexrelid))
      FROM rel JOIN pg_index x ON x.indrelid = rel.oid JOIN pg_class i ON i.oid = x.indexrelid
    UNION ALL
    -- Postgres 18 lists NOT NULL as constraints too, named after the column's first name;
    -- nullability is already on the column line.
    SELECT format('constraint %I.%I: %s', rel.relname, k.conname, pg_get_constraintdef(k.oid))
      FROM rel JOIN pg_constraint k ON k.conrelid = rel.oid WHERE k.contype <> 'n'
    ORDER BY 1`;
  return withClient(url, async (c) => (await c.query<{ line: string }>(sql)).rows.map((r) => r.line));
}
