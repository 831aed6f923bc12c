import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { signedInContext } from "./support/demo-session";

/**
 * Every page and route handler under app/, found on disk, requested with hostile values in
 * each dynamic segment and in every search param the code reads: no URL may give a 5xx.
 * Signed out, as the demo admin and as a demo pegawai. GET only, so nothing is written.
 */

type Route = { file: string; segments: Array<string | { param: string }> };

const APP_DIR = path.resolve("app");

// Names from the brief that some page may read one day, on top of those found in the code.
const COMMON_PARAMS = ["page", "q", "id", "unit", "unitId", "tahun", "periode", "periodeId", "skpId", "status"];

const HOSTILE = [
  "xxx",
  "1e20",
  "Infinity",
  "NaN",
  "-1",
  "0",
  "99999999999999999999",
  "-".repeat(36),
  "0".repeat(36),
  "00000000-0000-0000-0000-000000000000",
  "\u0000",
  "%",
  "_",
  "\\",
  "'\"; DROP TABLE \"Pegawai\"; --",
  "<script>alert(1)</script>",
  "\r\n",
  "。",
  "x".repeat(3000),
];

// Reproducible extra values: random unicode, numbers and near-uuids from fast-check.
const GENERATED = fc.sample(
  fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.double().map(String),
    fc.bigInt().map(String),
    fc.uuid().map((id) => id.slice(0, 35) + "g"),
  ),
  { numRuns: 5, seed: 20261201 },
);

const VALUES = [...HOSTILE, ...GENERATED];

test("fuzz every page's params and search params: never a 500", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const routes = listRoutes(APP_DIR);
  expect(routes.length).toBeGreaterThan(30);
  const paramNames = [...new Set([...COMMON_PARAMS, ...routes.flatMap((r) => searchParamNames(r.file))])];

  const admin = await signedInContext(browser, "admin");
  const pegawai = await signedInContext(browser, "staff");
  const clients: Array<[string, APIRequestContext]> = [["tanpa sesi", request], ["admin", admin.request], ["pegawai", pegawai.request]];

  const urls = routes.flatMap((route) => VALUES.flatMap((value) => urlsFor(route, value, paramNames)));
  const jobs = clients.flatMap(([who, client]) => urls.map((url) => ({ who, client, url })));
  const failures: string[] = [];
  await runPool(jobs, 8, async ({ who, client, url }) => {
    const response = await client.get(url, { maxRedirects: 0, failOnStatusCode: false });
    if (response.status() >= 500) failures.push(`${response.status()} ${who} ${url.slice(0, 200)}`);
  });

  console.log(`fuzz halaman: ${jobs.length} permintaan, ${failures.length} galat 500 (${routes.length} rute, ${paramNames.length} nama parameter)`);
  await admin.close();
  await pegawai.close();
  expect(failures).toEqual([]);
});

function listRoutes(dir: string, segments: Route["segments"] = []): Route[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith("_")) return []; // private folders hold components, not routes
      if (/^\(.*\)$/.test(name)) return listRoutes(full, segments); // route groups add no segment
      const dynamic = /^\[+(?:\.\.\.)?(\w+)\]+$/.exec(name);
      return listRoutes(full, [...segments, dynamic ? { param: dynamic[1] as string } : name]);
    }
    return name === "page.tsx" || name === "route.ts" ? [{ file: full, segments }] : [];
  });
}

/** The search params a page or route handler reads, taken from its source. */
function searchParamNames(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const names = [
    ...[...source.matchAll(/params\.(\w+)/g)].map((m) => m[1]),
    ...[...source.matchAll(/searchParams\.get\("(\w+)"\)/g)].map((m) => m[1]),
    ...[...source.matchAll(/\{([^}]*)\}\s*=\s*await searchParams/g)].flatMap((m) => (m[1] ?? "").split(",").map((n) => n.trim())),
  ];
  return names.filter((n): n is string => !!n && /^\w+$/.test(n));
}

/** The URL with every dynamic segment and every search param set to `value`. */
function urlsFor(route: Route, value: string, paramNames: string[]): string[] {
  let pathname: string;
  try {
    pathname = "/" + route.segments.map((s) => (typeof s === "string" ? s : encodeURIComponent(value))).join("/");
  } catch {
    return []; // a lone surrogate cannot be put in a URL at all
  }
  return [`${pathname}?${new URLSearchParams(paramNames.map((name) => [name, value]))}`];
}

async function runPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}
