/**
 * Every server action of the app, found from the code itself: each file under app/ and lib/
 * whose first statement is the "use server" directive, and each function it exports. Tests
 * that must cover every action (the authorization matrix, the input fuzz) start here, so a
 * new action is covered — or reported as missing — without anyone remembering to list it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type ServerAction = { file: string; name: string; action: (input: unknown) => Promise<unknown> };

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SEARCHED = ["app", "lib"];
// Generated Prisma client: never hand-written, never a server action.
const SKIPPED = new Set([path.join("lib", "generated"), "node_modules"]);

/** Repository-relative paths (forward slashes) of the files with a top-level "use server". */
export function listServerActionFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (SKIPPED.has(rel)) continue;
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && hasUseServerDirective(readFileSync(path.join(ROOT, rel), "utf8"))) {
        files.push(rel.split(path.sep).join("/"));
      }
    }
  };
  for (const dir of SEARCHED) walk(dir);
  return files.sort();
}

/** True when the directive is the file's first statement (comments and blank lines may precede it). */
export function hasUseServerDirective(source: string): boolean {
  const code = source.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^(["'])use server\1\s*;?/.test(code);
}

export async function listServerActions(): Promise<ServerAction[]> {
  const actions: ServerAction[] = [];
  for (const file of listServerActionFiles()) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") actions.push({ file, name, action: value as ServerAction["action"] });
    }
  }
  return actions.sort((a, b) => `${a.file}#${a.name}`.localeCompare(`${b.file}#${b.name}`));
}
