import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BIN } from "./next-bin";

const SOURCE_DIRS = ["app", "components", "lib", "public", "prisma"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "tsconfig.build.json", "proxy.ts"];
const SKIP = new Set(["generated", "node_modules"]);

/** Runs `next build` unless .next already holds a build of exactly these sources. */
export function ensureBuild(env: NodeJS.ProcessEnv): void {
  const distDir = env.NEXT_DIST_DIR ?? ".next";
  const hashFile = path.join(distDir, "source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(distDir, "BUILD_ID")) && existsSync(hashFile) && readFileSync(hashFile, "utf8") === hash) {
    console.log("• Build aplikasi sudah terbaru.");
    return;
  }
  console.log("• Membangun aplikasi (next build)…");
  const result = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build gagal; lihat pesan di atas.");
  writeFileSync(hashFile, hash);
}

function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...SOURCE_FILES.filter((f) => existsSync(f)), ...SOURCE_DIRS.flatMap((d) => walk(d))].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
