/**
 * `npm start`: everything a newcomer needs in one command. With no DATABASE_URL it runs an
 * embedded PostgreSQL whose data lives in .data/pg; with no SMTP_HOST it runs a local SMTP
 * sink whose inbox is at http://localhost:2526; with no SIASN_APIM_URL it runs a fake SIASN
 * serving the demo instansi's data. It applies migrations, seeds the demo
 * instansi into an empty database, builds when the sources changed, and serves the app.
 * `npm run dev` does the same in development mode instead of a production build. Either way the
 * app runs in its own HTTP server, scripts/serve.ts (TRUSTED_PROXY decides forwarded headers),
 * beside the background worker, scripts/worker.ts (reminders, emails, SIASN syncs).
 */
import { spawn } from "node:child_process";
import { startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-postgres";
import { applyMigrations, ensureDatabase } from "./lib/migrator";
import { ensureBuild } from "./lib/next-build";
import { productionServerEnv, serveCommand, workerCommand } from "./lib/next-bin";
import { persistentSecret, withDatabase } from "./lib/demo-env";
import { startSmtpSink } from "./lib/smtp-sink";
import { fakeSiasnEnv, startFakeSiasn } from "./lib/fake-siasn";
import { buildSiasnDemoData } from "../prisma/seed/siasn-demo-data";
import { seedDemoDatabase } from "./lib/seed";

const DATA_DIR = ".data";
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const cleanups: Array<() => Promise<unknown>> = [];

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env };

  if (!env.DATABASE_URL) {
    const pgPort = Number(env.EMBEDDED_PG_PORT ?? 5433);
    console.log(`• Menjalankan PostgreSQL tertanam (data di ${DATA_DIR}/pg, port ${pgPort})…`);
    const pg: EmbeddedDb = await startEmbeddedPostgres({ dataDir: `${DATA_DIR}/pg`, port: pgPort, persistent: true });
    cleanups.push(pg.stop);
    await ensureDatabase(pg.url, "ekinerja");
    env.DATABASE_URL = withDatabase(pg.url, "ekinerja");
  }

  const applied = await applyMigrations(env.DATABASE_URL);
  console.log(applied.length ? `• Migrasi diterapkan: ${applied.join(", ")}` : "• Skema basis data sudah terbaru.");

  const { seeded } = await seedDemoDatabase(env.DATABASE_URL);
  if (seeded) console.log("• Data demo dibuat (lihat akun demo di README.md).");

  if (!env.SMTP_HOST) {
    const sink = await startSmtpSink({ smtpPort: 2525, httpPort: 2526, dir: `${DATA_DIR}/mail` });
    cleanups.push(sink.stop);
    env.SMTP_HOST = "127.0.0.1";
    env.SMTP_PORT = "2525";
    console.log("• Kotak surat lokal (SMTP sink): http://localhost:2526");
  }

  if (!env.SIASN_APIM_URL) {
    const siasn = await startFakeSiasn({ port: 2527, data: buildSiasnDemoData() });
    cleanups.push(siasn.stop);
    Object.assign(env, fakeSiasnEnv(siasn.url));
    console.log(`• SIASN tiruan untuk demo: ${siasn.url}`);
  }

  env.NEXTAUTH_SECRET ??= persistentSecret(DATA_DIR);
  env.APP_URL ??= `http://localhost:${port}`;
  env.NEXTAUTH_URL ??= env.APP_URL;

  if (!dev) ensureBuild({ ...env, NODE_ENV: "production" });
  console.log(`• e-Kinerja siap di ${env.APP_URL}`);
  const [command, args] = serveCommand(["--port", String(port), ...(dev ? ["--dev"] : [])]);
  const app = spawn(command, args, { stdio: "inherit", env: dev ? env : productionServerEnv(env) });
  // Reminders, emails and SIASN syncs run in their own process, so a long job never slows a page.
  const worker = spawn(...workerCommand(), { stdio: "inherit", env });
  app.on("exit", (code) => {
    worker.kill("SIGTERM");
    void shutdown(code ?? 0);
  });
  worker.on("exit", (code) => {
    if (code) app.kill("SIGTERM");
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      worker.kill(signal);
      app.kill(signal);
    });
  }
}

async function shutdown(code: number) {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  process.exit(code);
}

main().catch(async (error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
