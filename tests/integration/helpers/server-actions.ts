import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const SCANNED = ["app", "lib"];
const SKIPPED = new Set(["node_modules", "generated"]);

export type ServerAction = { file: string; name: string; action: (input: unknown) => Promise<unknown> };

/**
 * Every exported function of every module whose first statement is the "use server" directive,
 * under app/ and lib/: each one is an endpoint anyone can call with any arguments. Found from
 * the code itself, so a new action is covered by the tests that use this list without a word.
 * `file` is relative to the project root, with forward slashes; sorted by file, then name.
 */
export async function listServerActions(): Promise<ServerAction[]> {
  const files = (await Promise.all(SCANNED.map((dir) => sourceFiles(path.join(ROOT, dir))))).flat();
  const actions: ServerAction[] = [];
  for (const absolute of files.sort()) {
    if (!hasUseServerDirective(await readFile(absolute, "utf8"))) continue;
    const file = path.relative(ROOT, absolute).split(path.sep).join("/");
    const mod = (await import(/* @vite-ignore */ absolute)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof value === "function") actions.push({ file, name, action: value as ServerAction["action"] });
    }
  }
  return actions;
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(full);
      return /\.(ts|tsx)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
    }),
  );
  return nested.flat();
}

/** The directive must come first, before any import; comments and blank lines may precede it. */
function hasUseServerDirective(source: string): boolean {
  const withoutLeadingComments = source.replace(/^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^(["'])use server\1\s*(?:;|\n|$)/.test(withoutLeadingComments);
}
