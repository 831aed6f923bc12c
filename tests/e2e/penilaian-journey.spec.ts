import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase } from "./support/demo-session";

// Issue 4, end to end. The pegawai is the Kepala Subbidang Mutasi (DEMO "atasan"), whose SKP
// the seed approved, rated by the Kepala Bidang Mutasi (DEMO "kabid"). Triwulan I's batas
// pengisian has passed, so the admin first reopens entry for the pegawai. As a unit head, the
// pegawai's Rating Hasil Kerja follows the capaian the kabid sets for Subbidang Mutasi.
const RHK_1 = "Terselesaikannya proses mutasi ASN antar perangkat daerah";
const INDIKATOR_1 = "Jumlah SK mutasi yang diterbitkan";
const BUKTI = "Rekap SK mutasi Triwulan I";
const UMPAN_BALIK = "Penerbitan SK tepat waktu, pertahankan.";
const TRIWULAN_I = /^Triwulan I\b/;

test("realisasi for Triwulan I, rated Baik by the atasan, finalised and printed", async ({ browser }) => {
  test.setTimeout(240_000);
  const pegawaiAccount = DEMO_ACCOUNTS.atasan;

  // The admin reopens Triwulan I entry for the pegawai.
  const admin = await signedInPage(browser, DEMO_ACCOUNTS.admin.nip);
  await admin.goto("/admin/buka-pengisian");
  await admin.getByLabel("Pegawai (cari NIP atau nama)").fill(pegawaiAccount.nip);
  await admin.getByRole("button", { name: new RegExp(pegawaiAccount.nama.split(",")[0]!) }).click();
  await selectOptionMatching(admin, "Periode penilaian", TRIWULAN_I);
  const sepekan = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await admin.getByLabel("Dibuka sampai tanggal").fill(sepekan);
  await admin.getByRole("button", { name: "Buka pengisian" }).click();
  await expect(admin.getByRole("region", { name: "Pengisian yang sedang dibuka kembali" })).toContainText(
    pegawaiAccount.nama.split(",")[0]!,
  );

  // The pegawai fills a realisasi and a bukti dukung.
  const pegawai = await signedInPage(browser, pegawaiAccount.nip);
  await pegawai.goto("/penilaian");
  await pegawai.getByRole("link", { name: TRIWULAN_I }).first().click();
  await expect(pegawai).toHaveURL(/\/penilaian\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  const penilaianUrl = pegawai.url();
  const realisasi = pegawai.getByRole("form", { name: `Realisasi ${INDIKATOR_1}` });
  await realisasi.getByLabel(/Nilai realisasi/).fill("80");
  await realisasi.getByLabel("Sumber data").fill("Aplikasi SIMPEG");
  // A menu link asks before the typed realisasi is lost; Batal keeps it (issue 13 point 5).
  const menuBeranda = pegawai.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Beranda" });
  await menuBeranda.click();
  const tinggalkan = pegawai.getByRole("dialog", { name: "Tinggalkan halaman ini?" });
  await expect(tinggalkan).toContainText("Perubahan yang belum disimpan akan hilang.");
  await tinggalkan.getByRole("button", { name: "Batal" }).click();
  await expect(pegawai).toHaveURL(penilaianUrl);
  await expect(realisasi.getByLabel(/Nilai realisasi/)).toHaveValue("80");
  await realisasi.getByRole("button", { name: `Simpan realisasi ${INDIKATOR_1}` }).click();
  await expect(realisasi.getByText("Tersimpan")).toBeVisible();
  // Once saved, nothing is lost: the menu leaves at once. Typing again asks again, and "Ya" leaves.
  await menuBeranda.click();
  await expect(pegawai).toHaveURL(/\/beranda$/);
  await pegawai.goto(penilaianUrl);
  await realisasi.getByLabel("Sumber data").fill("Aplikasi SIMPEG dan arsip");
  await menuBeranda.click();
  await tinggalkan.getByRole("button", { name: "Ya, tinggalkan halaman" }).click();
  await expect(pegawai).toHaveURL(/\/beranda$/);
  await pegawai.goto(penilaianUrl);
  await expect(realisasi.getByLabel("Sumber data")).toHaveValue("Aplikasi SIMPEG");
  // The browser's Back within the app asks the same question while something is typed.
  await pegawai.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Penilaian", exact: true }).click();
  await pegawai.getByRole("link", { name: TRIWULAN_I }).first().click();
  await expect(pegawai).toHaveURL(penilaianUrl);
  await realisasi.getByLabel("Sumber data").fill("Arsip Subbidang Mutasi");
  const ditahan = pegawai.goBack({ timeout: 3_000 }).catch(() => "ditahan");
  await tinggalkan.getByRole("button", { name: "Batal" }).click();
  expect(await ditahan).toBe("ditahan");
  await expect(pegawai).toHaveURL(penilaianUrl);
  await expect(realisasi.getByLabel("Sumber data")).toHaveValue("Arsip Subbidang Mutasi");
  // Playwright's own goBack was held back; the page's traversal after "Ya" is not its, so it is not awaited long.
  const kembali = pegawai.goBack({ timeout: 3_000 }).catch(() => null);
  await tinggalkan.getByRole("button", { name: "Ya, tinggalkan halaman" }).click();
  await kembali;
  await expect(pegawai).toHaveURL(/\/penilaian$/);
  await pegawai.goto(penilaianUrl);
  const rhk1 = pegawai.getByRole("region", { name: RHK_1 });
  await rhk1.getByLabel("Nama bukti dukung").fill(BUKTI);
  await rhk1.getByLabel("Tautan").fill("https://drive.example.go.id/sk-mutasi-tw1");
  await rhk1.getByRole("button", { name: "Tambah bukti dukung" }).click();
  await expect(rhk1.getByText(BUKTI).first()).toBeVisible();

  // The kabid, pimpinan above Subbidang Mutasi, sets its capaian for Triwulan I.
  const kabid = await signedInPage(browser, DEMO_ACCOUNTS.kabid.nip);
  await kabid.goto("/capaian-organisasi");
  await pilihPeriode(kabid);
  await kabid.getByLabel("Capaian Subbidang Mutasi", { exact: true }).selectOption({ label: "Istimewa" });
  await kabid.getByRole("button", { name: "Simpan capaian Subbidang Mutasi" }).click();
  await expect(kabid.getByText("Tersimpan")).toBeVisible();

  // The kabid rates: Hasil follows the capaian (Di Atas), Perilaku Sesuai → Baik at once.
  await kabid.goto("/penilaian-bawahan");
  await pilihPeriode(kabid);
  await kabid.getByRole("link", { name: `Nilai ${pegawaiAccount.nama}` }).click();
  await kabid.waitForLoadState("networkidle");
  await expect(kabid.getByRole("cell", { name: INDIKATOR_1 }).first()).toBeVisible();
  await expect(kabid.getByText("80 SK")).toBeVisible();
  await expect(kabid.getByRole("link", { name: BUKTI }).first()).toHaveAttribute("target", "_blank");
  const hasil = kabid.getByRole("group", { name: "Rating Hasil Kerja" });
  await expect(hasil.getByLabel("Di Atas Ekspektasi")).toBeChecked();
  await expect(hasil).toContainText("Capaian Kinerja Organisasi unit tersebut Istimewa");
  await kabid.getByRole("group", { name: "Rating Perilaku Kerja" }).getByText("Sesuai Ekspektasi").click();
  await expect(kabid.getByTestId("predikat")).toHaveText("Baik");
  await kabid.getByRole("group", { name: "Umpan balik untuk RHK 1" }).getByText("Bagus").click({ force: true });
  await kabid.getByLabel("Tulisan umpan balik untuk RHK 1").fill(UMPAN_BALIK);
  await kabid.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(kabid.getByText("Penilaian disimpan sebagai draft.")).toBeVisible();
  // The saved draft prints as a KONSEP, to check before finalising.
  const [konsep] = await Promise.all([kabid.waitForEvent("download"), kabid.getByRole("link", { name: "Cetak Konsep Evaluasi" }).click()]);
  expect(await pdfText(await konsep.path())).toContain("KONSEP");
  await finalkan(kabid);

  // The evaluation PDF downloads and shows the predikat.
  const [download] = await Promise.all([kabid.waitForEvent("download"), kabid.getByRole("link", { name: "Cetak Evaluasi" }).click()]);
  const teks = await pdfText(await download.path());
  expect(teks).toContain("Yudi Prasetyo");
  expect(teks).toContain("Baik");

  // The pegawai sees the final predikat and the umpan balik.
  await pegawai.goto(penilaianUrl);
  const hasilPenilaian = pegawai.getByRole("region", { name: "Hasil penilaian" });
  await expect(hasilPenilaian).toContainText("Baik");
  await expect(pegawai.getByText(UMPAN_BALIK)).toBeVisible();

  // The pegawai prints their own evaluation and the Dokumen Evaluasi from the same page.
  for (const [name, judul] of [
    ["Cetak Evaluasi", "EVALUASI KINERJA PEGAWAI"],
    ["Cetak Dokumen Evaluasi", "DOKUMEN EVALUASI KINERJA PEGAWAI"],
  ] as const) {
    const [unduhan] = await Promise.all([pegawai.waitForEvent("download"), hasilPenilaian.getByRole("link", { name, exact: true }).click()]);
    const isi = await pdfText(await unduhan.path());
    expect(isi).toContain(judul);
    expect(isi).toContain("Baik");
  }

  // Buka kembali lands on its banner too; finalised again, Triwulan I stays as other journeys expect.
  await kabid.getByRole("button", { name: "Buka kembali penilaian" }).click();
  await kabid.getByRole("dialog", { name: "Buka kembali penilaian ini?" }).getByRole("button", { name: "Ya, buka kembali" }).click();
  await expectHasil(kabid, "Penilaian dibuka kembali", /Penilaian dibuka kembali oleh Dedi Kurniawan/);
  await finalkan(kabid);

  // The tahunan periode runs to 31 December: Finalkan waits, and says from when.
  const [skpId, periodeId] = kabid.url().split("/").slice(-2);
  const [tahunan] = await queryE2eDatabase<{ id: string }>(
    `SELECT id FROM "PeriodePenilaian" WHERE jenis = 'TAHUNAN' AND "tahunId" = (SELECT "tahunId" FROM "PeriodePenilaian" WHERE id = $1)`,
    [periodeId],
  );
  await kabid.goto(`/penilaian-bawahan/${skpId}/${tahunan!.id}`);
  const tombol = kabid.getByRole("button", { name: "Finalkan" });
  await expect(tombol).toBeDisabled();
  await expect(tombol).toHaveAccessibleDescription(`Penilaian periode ini dapat difinalkan mulai 1 Januari ${new Date().getFullYear() + 1}.`);
});

/** Finalkan states the consequence first; then a toast, and focus on the "sudah final" banner. */
async function finalkan(page: Page) {
  await page.getByRole("button", { name: "Finalkan" }).click();
  const konfirmasi = page.getByRole("dialog", { name: "Finalkan penilaian ini?" });
  await expect(konfirmasi).toContainText(/\d+ dari \d+ indikator belum memiliki realisasi\./);
  await expect(konfirmasi).toContainText("penilaian terkunci");
  await konfirmasi.getByRole("button", { name: "Ya, finalkan" }).click();
  await expectHasil(page, "Penilaian difinalkan.", /Penilaian sudah final/);
}

async function expectHasil(page: Page, toast: string, hasil: RegExp) {
  await expect(page.getByRole("region", { name: /^Pemberitahuan/ })).toContainText(toast);
  await expect(page.locator(":focus")).toContainText(hasil);
  await expect(page.locator(":focus")).toBeInViewport();
}

async function signedInPage(browser: Browser, nip: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  return page;
}

async function selectOptionMatching(page: Page, label: string, pattern: RegExp) {
  const select = page.getByRole("combobox", { name: label, exact: true });
  await expect(select.locator("option").first()).toBeAttached();
  const options = await select.locator("option").allTextContents();
  const match = options.find((o) => pattern.test(o.trim()));
  if (!match) throw new Error(`Tidak ada pilihan ${pattern} di ${label}: ${options.join(", ")}`);
  await select.selectOption({ label: match.trim() });
}

async function pilihPeriode(page: Page) {
  await selectOptionMatching(page, "Periode penilaian", TRIWULAN_I);
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/periode=/);
  // The forms below submit through React; a click before hydration would be a plain GET.
  await page.waitForLoadState("networkidle");
}

async function pdfText(file: string | null): Promise<string> {
  if (!file) throw new Error("Unduhan PDF tidak tersimpan.");
  const data = await readFile(file);
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}
