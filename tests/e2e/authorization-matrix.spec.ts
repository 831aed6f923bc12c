import { readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { expect, test, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { ROUTE_ENTRIES, type LegitAccount, type RouteEntry, type Victim } from "./authorization-matrix.routes";

/**
 * Every page and route handler of the built app, requested over HTTP by every kind of attacker
 * with the victim's ids in the URL. Each must answer with a refusal (a redirect, 401, 403 or
 * 404) or a page without the victim's data, and all the requests together must leave the
 * database exactly as it was. The victim is the Kepala Subbidang Mutasi of the demo seed.
 */

const ROUTES_FILE = "tests/e2e/authorization-matrix.routes.ts";
const VICTIM = DEMO_ACCOUNTS.atasan;

/** NIPs of demo pegawai who have nothing to do with the victim (prisma/seed/data/bandung.ts). */
const ATTACKERS = {
  tamu: null,
  /** A session cookie that no server signed: it gets past the quick check in proxy.ts. */
  tamuPalsu: null,
  pegawaiLain: "199611252020122005", // Mega Puspitasari, pelaksana in another bidang
  atasanLain: "198308082009011002", // Hendra Gunawan, Kepala Subbidang Penilaian Kinerja
  bukanAdmin: DEMO_ACCOUNTS.kabid.nip, // the victim's own atasan, who is no admin
  adminLain: DEMO_ACCOUNTS["admin-garut"].nip,
} as const;
type Attacker = keyof typeof ATTACKERS;

const LEGIT: Record<LegitAccount, string> = {
  korban: VICTIM.nip,
  atasanKorban: DEMO_ACCOUNTS.kabid.nip,
  adminInstansi: DEMO_ACCOUNTS.admin.nip,
};

function attackersFor(kind: RouteEntry["kind"]): Attacker[] {
  if (kind === "public") return ["tamu"];
  return ["tamu", "tamuPalsu", "pegawaiLain", "atasanLain", ...(kind === "admin" ? (["bukanAdmin"] as const) : []), "adminLain"];
}

/** app/**\/page.tsx and app/**\/route.ts, as repository-relative paths. */
function listRouteFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return listRouteFiles(rel);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [rel] : [];
  });
}

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Row count and md5 of the row text of every table, in one statement. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
  const sql = tables
    .map(({ name }) => `SELECT ${pg.escapeLiteral(name)} AS name, count(*) || ':' || md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS hash FROM ${pg.escapeIdentifier(name)} r`)
    .join(" UNION ALL ");
  return Object.fromEntries((await query<{ name: string; hash: string }>(sql)).map((r) => [r.name, r.hash]));
}

async function signedIn(browser: Browser, baseURL: string, nip: string | null, forged = false): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  if (forged) await context.addCookies([{ name: "next-auth.session-token", value: "bukan-token-yang-sah", url: baseURL }]);
  if (!nip) return context;
  const page = await context.newPage();
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  await page.close();
  return context;
}

/** What a reader of the answer sees: HTML/JSON/text as is, a spreadsheet's cells; null for other files. */
async function readable(res: APIResponse): Promise<string | null> {
  const type = res.headers()["content-type"] ?? "";
  if (/text|json|xml/.test(type)) return res.text();
  if (type.includes("spreadsheetml")) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
    return cells.join("\n");
  }
  return null;
}

let victim: Victim;
let secrets: string[];
let insertedPenilaianId: string;

test.beforeAll(async () => {
  const [korban] = await query<{ id: string; email: string }>(`SELECT id, email FROM "Pegawai" WHERE nip = $1`, [VICTIM.nip]);
  const [skp] = await query<{ id: string; tahun: number }>(
    `SELECT s.id, t.tahun FROM "Skp" s JOIN "Tahun" t ON t.id = s."tahunId" WHERE s."pegawaiId" = $1 ORDER BY s."periodeAwal" DESC LIMIT 1`,
    [korban!.id],
  );
  const [periode] = await query<{ id: string }>(`SELECT id FROM "PeriodePenilaian" p WHERE p."tahunId" = (SELECT "tahunId" FROM "Skp" WHERE id = $1) AND jenis = 'TRIWULAN' AND urutan = 1`, [skp!.id]);
  const rhk = await query<{ teks: string }>(`SELECT teks FROM "Rhk" WHERE "skpId" = $1`, [skp!.id]);
  // The demo seed has no penilaian yet: one for the atasan's SKP, removed again after the spec.
  const [penilaian] = await query<{ id: string }>(
    `INSERT INTO "Penilaian" (id, "skpId", "periodeId", "updatedAt")
     SELECT gen_random_uuid(), s.id, $2, now() FROM "Skp" s JOIN "Pegawai" p ON p.id = s."pegawaiId" WHERE p.nip = $1 LIMIT 1 RETURNING id`,
    [DEMO_ACCOUNTS.kabid.nip, periode!.id],
  );
  insertedPenilaianId = penilaian!.id;
  victim = { skpId: skp!.id, periodeId: periode!.id, pegawaiId: korban!.id, tahun: skp!.tahun, penilaianId: penilaian!.id };
  secrets = [...rhk.map((r) => r.teks), korban!.email, VICTIM.nip, formatNip(VICTIM.nip)];
});

test.afterAll(async () => {
  if (insertedPenilaianId) await query(`DELETE FROM "Penilaian" WHERE id = $1`, [insertedPenilaianId]);
});

test("every page and route handler has an authorization-matrix entry, and no entry names a file that is gone", () => {
  const files = listRouteFiles().sort();
  expect(files.filter((f) => !(f in ROUTE_ENTRIES)).map((f) => `${f} has no authorization-matrix entry: add one to ROUTE_ENTRIES in ${ROUTES_FILE}.`)).toEqual([]);
  expect(Object.keys(ROUTE_ENTRIES).filter((f) => !files.includes(f)).map((f) => `ROUTE_ENTRIES in ${ROUTES_FILE} names ${f}, which no longer exists.`)).toEqual([]);
});

test("every attacker is refused on every route, sees none of the victim's data, and changes nothing", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const contexts = new Map<string, BrowserContext>();
  const contextFor = async (key: string, nip: string | null, forged = false) => {
    if (!contexts.has(key)) contexts.set(key, await signedIn(browser, baseURL!, nip, forged));
    return contexts.get(key)!;
  };
  // Sign-ins write (throttle, audit); all of them happen before the first fingerprint.
  for (const attacker of Object.keys(ATTACKERS) as Attacker[]) await contextFor(attacker, ATTACKERS[attacker], attacker === "tamuPalsu");
  for (const [key, nip] of Object.entries(LEGIT)) await contextFor(key, nip);

  const before = await fingerprint();
  const leaks: string[] = [];
  const badUrls: string[] = [];
  let combinations = 0;

  for (const [file, entry] of Object.entries(ROUTE_ENTRIES)) {
    const url = entry.url(victim);
    for (const attacker of attackersFor(entry.kind)) {
      combinations += 1;
      const res = await (await contextFor(attacker, null)).request.get(url, { maxRedirects: 0 });
      const problem = await judge(entry, attacker, res);
      if (problem) leaks.push(`${file} (${url}) as ${attacker}: ${problem}`);
    }
  }
  const after = await fingerprint();
  const changed = Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
  if (changed.length > 0) leaks.push(`the attackers' GET requests changed ${changed.join(", ")}`);

  // After the fingerprint: a legit download may write its own audit row (Unduh data does).
  for (const [file, entry] of Object.entries(ROUTE_ENTRIES)) {
    if (!entry.legit) continue;
    const url = entry.url(victim);
    const res = await contexts.get(entry.legit.as)!.request.get(url, { maxRedirects: 0 });
    const text = await readable(res);
    const ok = entry.legit.expect === "victim-data" ? res.status() === 200 && secrets.some((s) => text?.includes(s)) : res.status() === entry.legit.expect;
    if (!ok) badUrls.push(`${file} (${url}) as ${entry.legit.as}: status ${res.status()}, expected ${entry.legit.expect}`);
  }
  for (const context of contexts.values()) await context.close();

  console.log(`authorization matrix (routes): ${combinations} combinations, ${leaks.length} leaks`);
  expect(leaks, "attackers that got through").toEqual([]);
  expect(badUrls, `legit requests that did not reach the victim's object: fix the URL in ${ROUTES_FILE}`).toEqual([]);
});

/** Why `res` is not a refusal, or null when it is one. */
async function judge(entry: RouteEntry, attacker: Attacker, res: APIResponse): Promise<string | null> {
  const status = res.status();
  if (status >= 500) return `server error ${status}`;
  if (entry.kind === "public") return null;
  if (attacker === "tamu" || attacker === "tamuPalsu") {
    const location = res.headers()["location"] ?? "";
    if (status >= 300 && status < 400) return /^(https?:\/\/[^/]+)?\/masuk/.test(location) ? null : `redirected to ${location}, not /masuk`;
    return [401, 404].includes(status) ? null : `status ${status} without a session`;
  }
  if ((status >= 300 && status < 400) || [401, 403, 404].includes(status)) return null;
  if (status !== 200) return `status ${status}`;
  const text = await readable(res);
  if (text === null) return `a ${res.headers()["content-type"]} file`;
  const seen = secrets.filter((s) => text.includes(s));
  return seen.length > 0 ? `the answer shows ${seen.map((s) => JSON.stringify(s.slice(0, 60))).join(", ")}` : null;
}
