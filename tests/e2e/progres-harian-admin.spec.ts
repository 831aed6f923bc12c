import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

// Issue 11, point 7. The demo admin watches the unit of the Kepala Subbidang Mutasi (DEMO
// "atasan"); an entry for today goes in by SQL (the entry form is another journey).
const SHOTS = "/tmp/ph-mon-shots";
const HARI_INI = `(now() AT TIME ZONE 'Asia/Jakarta')::date`;

type Sasaran = { pegawaiId: string; skpId: string; rhkId: string; periodeId: string | null; wajib: boolean };
let sasaran: Sasaran;
let barisUnit = "";

test.beforeAll(async () => {
  const [s] = await queryE2eDatabase<Sasaran>(
    `SELECT pg.id AS "pegawaiId", s.id AS "skpId", r.id AS "rhkId",
       (SELECT p.id FROM "PeriodePenilaian" p WHERE p."tahunId" = s."tahunId" AND p.awal <= ${HARI_INI} AND p.akhir >= ${HARI_INI} ORDER BY p.jenis LIMIT 1) AS "periodeId",
       extract(isodow FROM ${HARI_INI}) <= i."hariKerjaPerMinggu"
         AND NOT EXISTS (SELECT 1 FROM "HariLibur" l WHERE l."instansiId" = i.id AND l.tanggal = ${HARI_INI})
         AND NOT EXISTS (SELECT 1 FROM "KeteranganHari" k WHERE k."pegawaiId" = pg.id AND k.tanggal = ${HARI_INI})
         AND NOT EXISTS (SELECT 1 FROM "ProgresHarian" e WHERE e."pegawaiId" = pg.id AND e.tanggal = ${HARI_INI}) AS wajib
     FROM "Pegawai" pg JOIN "Instansi" i ON i.id = pg."instansiId"
     JOIN "Skp" s ON s."pegawaiId" = pg.id AND s.status = 'PERSETUJUAN'
     JOIN "Rhk" r ON r."skpId" = s.id
     WHERE pg.nip = $1 LIMIT 1`,
    [DEMO_ACCOUNTS.atasan.nip],
  );
  if (!s) throw new Error("The seed has no approved SKP for the demo atasan.");
  sasaran = s;
  // The row that holds the atasan on the first level: the child of the single root on the way
  // down to their unit, or the root's own pegawai.
  const jalan = await queryE2eDatabase<{ nama: string }>(
    `WITH RECURSIVE naik AS (
       SELECT u.id, u.nama, u."parentId", 0 AS tingkat FROM "UnitKerja" u JOIN "Pegawai" p ON p."unitId" = u.id WHERE p.id = $1
       UNION ALL SELECT u.id, u.nama, u."parentId", n.tingkat + 1 FROM "UnitKerja" u JOIN naik n ON u.id = n."parentId"
     ) SELECT nama FROM naik ORDER BY tingkat DESC`,
    [s.pegawaiId],
  );
  barisUnit = jalan[1]?.nama ?? `Langsung di ${jalan[0]!.nama}`;
  mkdirSync(SHOTS, { recursive: true });
});

// The journeys share one database: leave the demo atasan's day as it was for the specs after this one.
test.afterAll(async () => {
  if (!sasaran) return;
  await queryE2eDatabase(`DELETE FROM "ProgresHarian" WHERE "pegawaiId" = $1 AND kegiatan = 'Memeriksa usulan mutasi'`, [sasaran.pegawaiId]);
  await queryE2eDatabase(`DELETE FROM "RencanaAksi" WHERE "rhkId" = $1 AND teks = 'Memantau pengisian progres harian'`, [sasaran.rhkId]);
});

test("the admin sees a unit's fill rate rise once one of its pegawai fills today", async ({ page }) => {
  test.skip(!sasaran.wajib, "Today is not a required working day for the demo atasan, so an entry would not change the rate.");
  test.setTimeout(120_000);
  await signIn(page, "admin");
  await page.getByRole("navigation").getByRole("link", { name: "Monitoring Progres Harian" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Monitoring Progres Harian" })).toBeVisible();
  const baris = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: barisUnit, exact: true }) });
  const sebelum = await angka(page, barisUnit);
  await foto(page, "monitoring");

  const [ra] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "RencanaAksi" (id, "rhkId", "periodeId", teks, urutan) VALUES (gen_random_uuid(), $1, $2, 'Memantau pengisian progres harian', 7) RETURNING id`,
    [sasaran.rhkId, sasaran.periodeId],
  );
  await queryE2eDatabase(
    `INSERT INTO "ProgresHarian" (id, "pegawaiId", "skpId", "rencanaAksiId", tanggal, "jamMulai", "jamSelesai", kegiatan, realisasi, satuan, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, ${HARI_INI}, 480, 600, 'Memeriksa usulan mutasi', 1, 'Berkas', now())`,
    [sasaran.pegawaiId, sasaran.skpId, ra!.id],
  );
  // The counts are shared between admins for up to 15 seconds (the page says so): reload until they are taken again.
  await expect
    .poll(async () => {
      await page.reload();
      return (await angka(page, barisUnit)).minggu.terisi;
    }, { timeout: 40_000, intervals: [3_000] })
    .toBe(sebelum.minggu.terisi + 1);
  const sesudah = await angka(page, barisUnit);
  expect(sesudah.minggu).toEqual({ terisi: sebelum.minggu.terisi + 1, wajib: sebelum.minggu.wajib });
  expect(sesudah.bulan).toEqual({ terisi: sebelum.bulan.terisi + 1, wajib: sebelum.bulan.wajib });
  await expect(baris.getByRole("cell").nth(1)).not.toHaveText(sebelum.teksMinggu);

  await baris.getByRole("link", { name: `Nama pegawai di ${barisUnit}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: DEMO_ACCOUNTS.atasan.nama })).toBeVisible();
  await foto(page, "rincian");
});

/** The row's "84 % · 1.234 dari 1.470 hari" of this week and this month. */
async function angka(page: Page, unit: string) {
  const sel = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: unit, exact: true }) }).getByRole("cell");
  const baca = (teks: string) => {
    const m = /(\d+) % · ([\d.]+) dari ([\d.]+) hari/.exec(teks);
    if (!m) throw new Error(`No fill rate in "${teks}"`);
    return { terisi: Number(m[2]!.replaceAll(".", "")), wajib: Number(m[3]!.replaceAll(".", "")) };
  };
  const teksMinggu = await sel.nth(1).innerText();
  return { minggu: baca(teksMinggu), bulan: baca(await sel.nth(2).innerText()), teksMinggu };
}

async function foto(page: Page, nama: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${nama}-${width}.png`, fullPage: true });
    // Wide tables scroll inside their own box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
