/**
 * `npm run test:e2e`: Playwright in Debian's Chromium against the production build, on a
 * fresh embedded PostgreSQL seeded with the demo instansi and a local SMTP sink.
 * Extra arguments go to `playwright test` (e.g. a spec file or `--grep`).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { scratchDataDir, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { applyMigrations, ensureDatabase } from "./lib/migrator";
import { ensureBuild } from "./lib/next-build";
import { productionServerEnv, serveCommand, workerCommand } from "./lib/next-bin";
import { withDatabase } from "./lib/demo-env";
import { seedDemoDatabase } from "./lib/seed";
import { startSmtpSink } from "./lib/smtp-sink";
import { freePort, waitForHttp } from "./lib/net";
import { fakeSiasnEnv, startFakeSiasn } from "./lib/fake-siasn";
import { buildSiasnDemoData } from "../prisma/seed/siasn-demo-data";

async function main(): Promise<number> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ekinerja-e2e-"));
  const pg = await startEmbeddedPostgres({ dataDir: scratchDataDir("e2e"), port: await freePort(), persistent: false });
  const mailPorts = { smtpPort: await freePort(), httpPort: await freePort() };
  const sink = await startSmtpSink({ ...mailPorts, dir: path.join(dataDir, "mail") });
  const siasn = await startFakeSiasn({ port: await freePort(), data: buildSiasnDemoData() });
  const appPort = await freePort();
  let app: ReturnType<typeof spawn> | undefined;
  let worker: ReturnType<typeof spawn> | undefined;
  try {
    await ensureDatabase(pg.url, "ekinerja");
    const databaseUrl = withDatabase(pg.url, "ekinerja");
    await applyMigrations(databaseUrl);
    await seedDemoDatabase(databaseUrl);

    const baseUrl = `http://127.0.0.1:${appPort}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(mailPorts.smtpPort),
      E2E_BASE_URL: baseUrl,
      E2E_MAIL_HTTP_PORT: String(mailPorts.httpPort),
      E2E_DATABASE_URL: databaseUrl,
      ...fakeSiasnEnv(siasn.url),
    };
    ensureBuild(env);
    const [command, args] = serveCommand(["--port", String(appPort), "--hostname", "127.0.0.1"]);
    app = spawn(command, args, { stdio: "inherit", env: productionServerEnv(env) });
    worker = spawn(...workerCommand(), { stdio: "inherit", env: { ...env, WORKER_JADWAL: "mati" } });
    await waitForHttp(`${baseUrl}/masuk`, 60_000);

    // Asynchronous on purpose: the SMTP sink lives in this process and must keep serving.
    const run = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
    return await new Promise<number>((resolve) => run.on("exit", (code) => resolve(code ?? 1)));
  } finally {
    app?.kill("SIGTERM");
    // Before PostgreSQL stops, so the worker leaves quietly instead of logging a lost connection.
    if (worker && worker.exitCode === null) {
      const exited = new Promise((resolve) => worker!.once("exit", resolve));
      worker.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    await sink.stop();
    await siasn.stop();
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
