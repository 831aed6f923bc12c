/**
 * Writes migration SQL offline: `tsx scripts/migration-sql.ts [--from OLD.prisma] > migration.sql`.
 *
 * Prisma 7's `migrate diff` needs a native engine that cannot be downloaded here, but Prisma
 * 6.19's WASM engine (installed as `prisma-legacy`) can diff two datamodels. It insists on a
 * reachable PostgreSQL even though it changes nothing there: DATABASE_URL, or else a throwaway
 * embedded server.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import { scratchDataDir, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/net";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PRISMA_6_CLI = path.join(ROOT, "node_modules/prisma-legacy/build/index.js");

// Prisma 6 reads the adapter from the config and must not look for native engines.
const LEGACY_CONFIG = `import { PrismaPg } from "@prisma/adapter-pg";
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= process.execPath;
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: "schema.prisma",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
`;

/**
 * The SQL that turns the `from` datamodel (default: an empty database) into `schemaPath`'s,
 * exactly as `prisma migrate diff --script` prints it.
 */
export async function schemaToSql(
  schemaPath: string,
  databaseUrl: string,
  { from }: { from?: string } = {},
): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ekinerja-migration-sql-"));
  try {
    await writeFile(path.join(dir, "schema.prisma"), toPrisma6(await readFile(schemaPath, "utf8")));
    if (from) await writeFile(path.join(dir, "from.prisma"), toPrisma6(await readFile(from, "utf8")));
    await writeFile(path.join(dir, "prisma.config.ts"), LEGACY_CONFIG);
    // The config imports @prisma/adapter-pg, resolved from the config's own folder.
    await symlink(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");

    const source = from ? ["--from-schema-datamodel", "from.prisma"] : ["--from-empty"];
    const args = [PRISMA_6_CLI, "migrate", "diff", ...source, "--to-schema-datamodel", "schema.prisma", "--script"];
    const { stdout } = await promisify(execFile)(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`prisma migrate diff gagal:\n${error.stderr || error.message}`);
    });
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Prisma 6 wants the URL in the schema and knows only the older `prisma-client-js` generator.
function toPrisma6(schema: string): string {
  return schema
    .replace(/provider\s*=\s*"prisma-client"(?=\s)/, 'provider = "prisma-client-js"')
    .replace(/(datasource\s+\w+\s*\{)/, '$1\n  url      = env("DATABASE_URL")');
}

async function main() {
  const { values } = parseArgs({ options: { from: { type: "string" }, schema: { type: "string" } } });
  const schemaPath = path.resolve(values.schema ?? path.join(ROOT, "prisma/schema.prisma"));
  const from = values.from && path.resolve(values.from);
  for (const file of [schemaPath, from]) {
    if (file && !existsSync(file)) throw new Error(`Berkas skema tidak ditemukan: ${file}`);
  }

  if (process.env.DATABASE_URL) {
    process.stdout.write(await schemaToSql(schemaPath, process.env.DATABASE_URL, { from }));
    return;
  }
  console.error("DATABASE_URL kosong: memakai PostgreSQL tertanam sementara (tidak ada yang diubah).");
  const pg = await startEmbeddedPostgres({ dataDir: scratchDataDir("migration-sql"), port: await freePort(), persistent: false });
  try {
    process.stdout.write(await schemaToSql(schemaPath, pg.url, { from }));
  } finally {
    await pg.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
