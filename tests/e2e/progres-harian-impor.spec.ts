import pg from "pg";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, test, type Page } from "@playwright/test";
import { hariIniDi } from "../../lib/domain/zona-waktu";
import { toIsoDate } from "../../lib/domain/tanggal";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

const RA = "Memverifikasi berkas usulan mutasi harian";
const HEADER = "Tanggal,Jam Mulai,Jam Selesai,Rencana Aksi,Kegiatan,Realisasi,Satuan";

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

let pegawaiId: string;

test.beforeAll(async () => {
  // A rencana aksi on the approved SKP of the demo atasan (the demo staff has none) for the periode of today (the Progres Harian entry form is another part).
  const [row] = await query<{ pegawaiId: string }>(
    `INSERT INTO "RencanaAksi" (id, "rhkId", "periodeId", teks, urutan)
     SELECT gen_random_uuid(), r.id, pp.id, $2, 99
     FROM "Pegawai" p JOIN "Skp" s ON s."pegawaiId" = p.id AND s.status = 'PERSETUJUAN' JOIN "Rhk" r ON r."skpId" = s.id
     JOIN "PeriodePenilaian" pp ON pp."tahunId" = s."tahunId" AND pp.jenis = 'TRIWULAN' AND $3::date BETWEEN pp.awal AND pp.akhir
     WHERE p.nip = $1 ORDER BY r.urutan LIMIT 1 RETURNING (SELECT id FROM "Pegawai" WHERE nip = $1) AS "pegawaiId"`,
    [DEMO_ACCOUNTS.atasan.nip, RA, toIsoDate(hariIniDi("WIB", new Date()))],
  );
  pegawaiId = row!.pegawaiId;
});

test("a pegawai imports a day of Progres Harian: the dry run shows the bad row, the fixed file saves all, the weekly recap lists them", async ({ page }, testInfo) => {
  const hariIni = toIsoDate(hariIniDi("WIB", new Date()));
  await signIn(page, DEMO_ACCOUNTS.atasan.nip);
  await page.goto("/progres-harian/impor");
  await expect(page.getByRole("heading", { level: 1, name: "Impor Progres Harian" })).toBeVisible();
  const templat = await page.request.get("/api/progres-harian/impor/templat");
  expect(templat.status()).toBe(200);

  const berkas = page.getByLabel("Berkas Progres Harian (CSV atau XLSX)");
  const unggah = (lines: string[]) => berkas.setInputFiles({ name: "progres.csv", mimeType: "text/csv", buffer: Buffer.from([HEADER, ...lines].join("\n")) });
  const baik = [`${hariIni},07.00,08.30,${RA},Memeriksa berkas usulan Dinas Kesehatan,3,Berkas`, `${hariIni},08.30,10.00,${RA.toUpperCase()},Rapat koordinasi mutasi,1,Kegiatan`];
  await unggah([...baik, `${hariIni},09.00,09.30,Rencana yang tidak ada,Salah,1,Berkas`]);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  const salah = page.getByRole("region", { name: /1 baris perlu diperbaiki/ });
  await expect(salah).toContainText("Baris 4");
  await expect(salah).toContainText("Rencana aksi “Rencana yang tidak ada” tidak ada di SKP Anda yang sudah disetujui.");
  await expect(salah).toContainText("Jam bertumpuk dengan baris 3 (08.30–10.00).");
  await expect(page.getByRole("button", { name: /Impor \d+ kegiatan/ })).toHaveCount(0);
  await shoot(page, testInfo.outputPath("impor-progres"));

  await unggah(baik);
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await page.getByRole("button", { name: "Impor 2 kegiatan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 kegiatan berhasil diimpor." })).toBeVisible();

  const pdf = await page.request.get(`/api/progres-harian/rekap?pegawaiId=${pegawaiId}&jenis=mingguan&tanggal=${hariIni}&format=pdf`);
  expect(pdf.status()).toBe(200);
  const text = await pdfText(await pdf.body());
  expect(text).toContain("Memeriksa berkas usulan Dinas Kesehatan");
  expect(text).toContain("Rapat koordinasi mutasi");
  expect(text).toContain("07.00–08.30");
});

async function pdfText(body: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(body), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}

async function shoot(page: Page, base: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${base}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
