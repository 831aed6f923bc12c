import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signedInContext } from "./support/demo-session";

// Issue 14 point 1: the kabid of Mutasi creates a team with a ketua from Bidang Kinerja and an
// anggota from Subbidang Promosi; the ketua assigns a role; the anggota adds it to their Draft
// SKP as an RHK "penugasan dari Tim …", their atasan makes it Utama while reviewing, and once
// the SKP is approved the anggota reads the ketua's umpan balik. No other spec reads these
// people's teams or Galih's SKP; everything this spec inserts is removed afterwards. The demo's
// own team (prisma/seed/demo-tim.ts) is there all along.
const KABID = "197611102001121003";
const KETUA = { nip: "198308082009011002", nama: "Hendra Gunawan" };
const ANGGOTA = { nip: "199404212019031005", nama: "Galih Pratama" };
/** Galih's atasan, the penilai of his SKP. */
const PENILAI = "198309252008012004";
/** Joins and leaves again, for the picker's note on a former anggota. */
const MANTAN = "Anisa Rahmawati";
const NAMA_TIM = "Tim E2E Percepatan Layanan";
const MULAI = new Date();
let skpId: string;

test.beforeAll(async () => {
  // The anggota's Draft SKP of the demo year (creating one through the form is skp-journey's part).
  const [row] = await queryE2eDatabase<{ id: string }>(
    `INSERT INTO "Skp" (id, "pegawaiId", "tahunId", "periodeAwal", "periodeAkhir", pendekatan, layout, status, "penilaiId", snapshot, "updatedAt")
     SELECT gen_random_uuid(), p.id, t.id, make_date(t.tahun, 1, 1), make_date(t.tahun, 12, 31), 'KUANTITATIF', 'STANDAR', 'DRAFT', p."atasanId", '{}'::jsonb, now()
     FROM "Pegawai" p JOIN "Tahun" t ON t."instansiId" = p."instansiId"
     WHERE p.nip = $1 AND t.tahun = (SELECT EXTRACT(YEAR FROM s."periodeAwal")::int FROM "Skp" s JOIN "Pegawai" k ON k.id = s."pegawaiId" WHERE k.nip = $2 LIMIT 1)
     RETURNING id`,
    [ANGGOTA.nip, KABID],
  );
  skpId = row!.id;
});

test.afterAll(async () => {
  await queryE2eDatabase(`DELETE FROM "TimKerja" WHERE nama = $1`, [NAMA_TIM]);
  await queryE2eDatabase(`DELETE FROM "Skp" WHERE id = $1`, [skpId]);
  await queryE2eDatabase(`DELETE FROM "Notifikasi" WHERE jenis = 'PERAN_TIM_DITUGASKAN' AND "createdAt" >= $1`, [MULAI]);
  await queryE2eDatabase(
    `DELETE FROM "AuditLog" WHERE "createdAt" >= $1
       AND aksi IN ('BUAT_TIM_KERJA', 'TAMBAH_ANGGOTA_TIM', 'KELUARKAN_ANGGOTA_TIM', 'TAMBAH_RHK_TIM', 'TETAPKAN_PERAN_TIM', 'UMPAN_BALIK_TIM', 'TAMBAH_RHK', 'UBAH_JENIS_RHK_TIM')
       AND "aktorId" IN (SELECT id FROM "Pegawai" WHERE nip IN ($2, $3, $4, $5))`,
    [MULAI, KABID, KETUA.nip, ANGGOTA.nip, PENILAI],
  );
});

/** Types into a search-as-you-type pegawai field and picks the one found. */
async function pilihPegawai(page: Page, label: string | RegExp, nama: string) {
  await page.getByLabel(label).fill(nama);
  await page.getByRole("list", { name: /^Hasil pencarian/ }).getByRole("button", { name: new RegExp(nama) }).click();
}

async function masuk(page: Page, nip: string) {
  await page.context().clearCookies();
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}

test("a kabid creates a cross-unit team, the ketua assigns a role, the anggota takes it as an RHK and reads the ketua's feedback", async ({ page }) => {
  await masuk(page, KABID);
  await page.getByRole("link", { name: "Tim Kerja", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Tim Kerja" })).toBeVisible();
  await page.getByLabel("Nama tim").fill(NAMA_TIM);
  await pilihPegawai(page, /^Ketua tim/, KETUA.nama);
  await page.getByRole("button", { name: "Buat tim" }).click();
  await page.getByRole("link", { name: NAMA_TIM }).click();
  await expect(page.getByRole("heading", { level: 1, name: NAMA_TIM })).toBeVisible();
  await expect(page).toHaveTitle(`${NAMA_TIM} · e-Kinerja`);

  const anggotaBaru = /^Pegawai dari unit mana pun/;
  // The anggota cards, not the toasts (also list items) that name the same person.
  const kartuAnggota = (nama: string) => page.getByRole("region", { name: "Anggota", exact: true }).getByRole("listitem").filter({ hasText: nama });
  await pilihPegawai(page, anggotaBaru, ANGGOTA.nama);
  await page.getByRole("button", { name: "Tambah anggota" }).click();
  await expect(kartuAnggota(ANGGOTA.nama)).toContainText("Subbidang Promosi dan Jabatan");
  // One who joins and leaves again: picked once more, the field says so before it is saved.
  await pilihPegawai(page, anggotaBaru, MANTAN);
  await page.getByRole("button", { name: "Tambah anggota" }).click();
  await page.getByRole("button", { name: `Keluarkan ${MANTAN}` }).click();
  await page.getByRole("dialog", { name: `Keluarkan ${MANTAN}?` }).getByRole("button", { name: "Ya, keluarkan" }).click();
  await expect(kartuAnggota(MANTAN)).toContainText("Keluar ");
  await pilihPegawai(page, anggotaBaru, MANTAN);
  await expect(page.getByText(/^Pernah menjadi anggota sampai \d+ \w+ \d{4}; riwayatnya tetap tersimpan\./)).toBeVisible();
  await page.getByRole("textbox", { name: /^RHK tim/ }).fill("Layanan kepegawaian lintas bidang lebih cepat");
  await page.getByLabel("RHK pembuat tim yang diintervensi").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tambah RHK tim" }).click();
  await expect(page.getByText("Layanan kepegawaian lintas bidang lebih cepat")).toBeVisible();
  const timUrl = page.url();

  await masuk(page, KETUA.nip);
  await page.goto(`${timUrl}/matriks`);
  await expect(page).toHaveTitle(`Matriks Peran Hasil · ${NAMA_TIM} · e-Kinerja`);
  await page.getByRole("textbox", { name: /^Peran/ }).fill("Penyusun standar waktu layanan");
  await page.getByLabel("Hasil yang diharapkan").fill("Tersusunnya standar waktu layanan mutasi");
  await page.getByRole("button", { name: "Simpan peran" }).click();
  await expect(page.getByText("Penyusun standar waktu layanan", { exact: true })).toBeVisible();

  await masuk(page, ANGGOTA.nip);
  await page.goto(`/skp/${skpId}`);
  await page.getByRole("button", { name: "+ Tambah RHK Tambahan" }).click();
  const dialog = page.getByRole("dialog", { name: "Tambah RHK Tambahan" });
  await dialog.getByLabel("RHK atasan yang diintervensi").selectOption({ label: `penugasan dari ${NAMA_TIM}: Penyusun standar waktu layanan (Layanan kepegawaian lintas bidang lebih cepat)` });
  await expect(dialog.getByLabel("Rencana Hasil Kerja")).toHaveValue("Tersusunnya standar waktu layanan mutasi");
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Tersusunnya standar waktu layanan mutasi", { exact: true })).toBeVisible();
  await expect(page.getByText(`Penugasan dari: ${NAMA_TIM}`)).toBeVisible();

  // Ajukan is skp-journey's part: here the SKP is submitted directly. The penilai agrees that the
  // team role counts as Utama while reviewing it.
  await queryE2eDatabase(`UPDATE "Skp" SET status = 'PENGAJUAN' WHERE id = $1`, [skpId]);
  await masuk(page, PENILAI);
  await page.goto(`/skp-bawahan/${skpId}`);
  const rhkTim = "Tersusunnya standar waktu layanan mutasi";
  await expect(page.getByRole("region", { name: "RHK B. Tambahan" }).getByText(rhkTim, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `Jadikan RHK Utama: ${rhkTim}` }).click();
  await expect(page.getByRole("region", { name: "RHK A. Utama" }).getByText(rhkTim, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: `Jadikan RHK Tambahan: ${rhkTim}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "RHK B. Tambahan" }).getByText(rhkTim, { exact: true })).toHaveCount(0);

  // Approval is skp-journey's part: here the SKP is approved directly.
  await queryE2eDatabase(`UPDATE "Skp" SET status = 'PERSETUJUAN' WHERE id = $1`, [skpId]);
  await masuk(page, KETUA.nip);
  await page.goto(`${timUrl}/matriks`);
  await page.getByText("Beri umpan balik").click();
  await page.getByRole("combobox", { name: /^Periode/ }).selectOption({ index: 1 });
  await page.getByRole("textbox", { name: /^Umpan balik/ }).fill("Standar waktu tersusun rapi dan tepat waktu.");
  await page.getByRole("button", { name: "Simpan umpan balik" }).click();
  await expect(page.getByText("Standar waktu tersusun rapi dan tepat waktu.")).toBeVisible();

  await masuk(page, ANGGOTA.nip);
  await page.getByRole("link", { name: "Tim Kerja", exact: true }).first().click();
  await page.getByRole("link", { name: NAMA_TIM }).click();
  await page.getByRole("link", { name: "Matriks Peran Hasil" }).click();
  await expect(page.getByText("Standar waktu tersusun rapi dan tepat waktu.")).toBeVisible();
});

test("the demo team's page and its Matriks Peran Hasil have no serious axe violation and fit a 360 px phone, for the ketua and an anggota", async ({ browser }) => {
  const masalah: string[] = [];
  for (const role of ["atasan", "staff"] as const) {
    const context = await signedInContext(browser, role);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/tim-kerja");
    await page.getByRole("link", { name: "Digitalisasi Arsip Kepegawaian" }).click();
    const timUrl = new URL(page.url()).pathname;
    for (const url of [timUrl, `${timUrl}/matriks`]) {
      await page.goto(url);
      await page.locator("details").evaluateAll((els) => els.forEach((el) => el.setAttribute("open", "")));
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of violations.filter((x) => x.impact === "serious" || x.impact === "critical")) masalah.push(`${role} ${url}: ${v.id} — ${v.help}`);
      const lebar = await page.evaluate(() => document.documentElement.scrollWidth);
      if (lebar > 360) masalah.push(`${role} ${url}: ${lebar} px wide`);
    }
    await context.close();
  }
  expect(masalah, masalah.join("\n")).toEqual([]);
});
