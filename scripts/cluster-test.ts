/**
 * `npm test`'s cluster tier: two production app instances (scripts/serve.ts, each with its own
 * background worker, scripts/worker.ts) on one PostgreSQL behind Debian's nginx, round robin, as
 * deploy/ describes; then the faults: an app restart and PostgreSQL stopping in the middle of an
 * Ajukan SKP. Prints one line per check and its counts;
 * `--summary FILE` writes them for scripts/test-summary.ts.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { scratchDataDir, startEmbeddedPostgres, type EmbeddedDb } from "./lib/embedded-postgres";
import { applyMigrations, ensureDatabase } from "./lib/migrator";
import { ensureBuild } from "./lib/next-build";
import { withDatabase } from "./lib/demo-env";
import { seedDemoDatabase } from "./lib/seed";
import { freePort } from "./lib/net";
import { appInstance } from "./lib/cluster/app-instance";
import { assertNginxInstalled, startNginx } from "./lib/cluster/nginx";
import { forwardedChecks, lockoutChecks, sessionChecks, type Check, type Cluster } from "./lib/cluster/cluster-checks";
import { databaseStopCheck, restartCheck } from "./lib/cluster/fault-checks";
import { workerChecks } from "./lib/cluster/worker-checks";
import { fakeSiasnEnv, startFakeSiasn } from "./lib/fake-siasn";
import { buildSiasnDemoData } from "../prisma/seed/siasn-demo-data";

// nginx connects to the instances from this address, the only one they trust (TRUSTED_PROXY).
const NGINX_SOURCE = "127.0.0.2";
const SCREENSHOT_DIR = path.resolve(".data", "test-results");

const { values } = parseArgs({ options: { summary: { type: "string" } } });
const counts = { passed: 0, failed: 0 };

const check: Check = async (name, body) => {
  const started = Date.now();
  try {
    await body();
    counts.passed += 1;
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    counts.failed += 1;
    console.log(`  ✗ ${name}\n      ${(error as Error).message}`);
  }
};

async function main() {
  const started = Date.now();
  try {
    assertNginxInstalled();
  } catch (error) {
    return finish({ passed: 0, failed: 1 }, `  ✗ ${(error as Error).message}`, started);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "ekinerja-cluster-"));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pgDir = scratchDataDir("cluster");
  const pgPort = await freePort();
  // Persistent, so that the fault check can stop it and start it again on the same data.
  let pg: EmbeddedDb = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, persistent: true });
  const stops: Array<() => Promise<void>> = [() => pg.stop()];
  try {
    await ensureDatabase(pg.url, "ekinerja");
    const databaseUrl = withDatabase(pg.url, "ekinerja");
    await applyMigrations(databaseUrl);
    await seedDemoDatabase(databaseUrl);

    const [nginxPort, portA, portB, smtpPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const nginxUrl = `http://127.0.0.1:${nginxPort}`;
    // The workers' SIASN: the bulk sync is the background work the cluster runs twice over.
    const siasn = await startFakeSiasn({ port: await freePort(), data: buildSiasnDemoData() });
    stops.push(() => siasn.stop());
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      // One secret for both instances, as in deploy/: either can read the other's cookie.
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      APP_URL: nginxUrl,
      NEXTAUTH_URL: nginxUrl,
      TRUSTED_PROXY: NGINX_SOURCE,
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtpPort),
      ...fakeSiasnEnv(siasn.url),
    };
    ensureBuild(env);
    const instances: Cluster["instances"] = [
      appInstance({ name: "A", port: portA, env, logFile: path.join(dir, "a.log") }),
      appInstance({ name: "B", port: portB, env, logFile: path.join(dir, "b.log") }),
    ];
    stops.push(...instances.map((i) => i.stop));
    await Promise.all(instances.map((i) => i.start()));
    const nginx = await startNginx({ dir: path.join(dir, "nginx"), port: nginxPort, upstreams: [portA, portB].map((p) => `127.0.0.1:${p}`), bindAddress: NGINX_SOURCE });
    stops.push(nginx.stop);
    const cluster: Cluster = { nginxUrl, instances };

    console.log(`• Dua instance (${instances.map((i) => i.url).join(", ")}) di belakang nginx ${nginxUrl}`);
    await sessionChecks(check, cluster);
    await lockoutChecks(check, cluster);
    await forwardedChecks(check, cluster);
    await workerChecks(check, databaseUrl);
    console.log("• Gangguan");
    await restartCheck(check, cluster);
    await databaseStopCheck(check, cluster, {
      url: databaseUrl,
      stop: () => pg.stop(),
      start: async () => {
        pg = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, persistent: true });
      },
    }, SCREENSHOT_DIR);
    if (counts.failed > 0) for (const i of instances) console.log(`--- log instance ${i.name} ---\n${i.logTail()}`);
  } catch (error) {
    counts.failed += 1;
    console.log(`  ✗ klaster tidak dapat disiapkan: ${(error as Error).message}`);
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    rmSync(pgDir, { recursive: true, force: true });
  }
  return finish(counts, "", started);
}

function finish(result: typeof counts, line: string, started: number): number {
  if (line) console.log(line);
  console.log(`cluster: ${result.passed} lulus, ${result.failed} gagal (${Math.round((Date.now() - started) / 1000)} s)`);
  if (values.summary) writeFileSync(values.summary, JSON.stringify(result));
  return result.failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
