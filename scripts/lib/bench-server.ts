import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { ensureBuild } from "./next-build";
import { productionServerEnv, serveCommand } from "./next-bin";
import { freePort, waitForHttp } from "./net";

export type BenchServer = { baseUrl: string; distDir: string; logFile: string; stop: () => Promise<void> };

/**
 * `next build` into its own dist dir (so it never collides with the demo's or e2e's build),
 * then the production server (scripts/serve.ts) on a free loopback port with the SQL tally exposed (BENCH_METRICS=1).
 */
export async function startBenchServer({
  databaseUrl,
  distDir,
  profileDir,
}: {
  databaseUrl: string;
  distDir: string;
  /** When set, the server runs under `node --cpu-prof` and writes its profile here on exit. */
  profileDir?: string;
}): Promise<BenchServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: baseUrl,
    APP_URL: baseUrl,
    BENCH_METRICS: "1",
  };
  ensureBuild(env);

  mkdirSync("bench-results", { recursive: true });
  const logFile = path.join("bench-results", "server.log");
  const log = openSync(logFile, "w");
  // Its own process group, so stopping it also stops any worker the server spawns.
  const profileFlags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const [command, commandArgs] = serveCommand(["--port", String(port), "--hostname", "127.0.0.1"], profileFlags);
  const child = spawn(command, commandArgs, {
    env: productionServerEnv(env),
    detached: true,
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  try {
    await waitForHttp(`${baseUrl}/api/sehat`, 90_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message} Lihat ${logFile}.`);
  }
  return { baseUrl, distDir, logFile, stop };
}
