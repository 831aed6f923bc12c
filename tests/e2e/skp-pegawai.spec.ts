import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

// The pegawai's side of issue 3 beyond the happy path of skp-journey.spec.ts: messages next to
// fields, Ajukan naming what is missing, reordering, lampiran, and two tabs editing at once.
// Uses the "staff" account (read-only in every other journey) and a half-year period, so it
// never collides with the "staff-skp" journey.
test("a pegawai is guided through an incomplete SKP and never silently loses an edit", async ({ browser }) => {
  test.setTimeout(120_000);
  const tab1 = await signedInPage(browser, DEMO_ACCOUNTS.staff.nip);
  const year = new Date().getFullYear();

  await tab1.goto("/skp");
  await tab1.getByLabel("Periode awal").fill(`${year}-01-01`);
  await tab1.getByLabel("Periode akhir").fill(`${year}-06-30`);
  await tab1.getByRole("button", { name: "Tambah Periode SKP" }).click();
  await expect(tab1).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);

  // Ajukan on an empty SKP says exactly what is missing.
  await tab1.getByRole("button", { name: "Ajukan SKP" }).click();
  await tab1.getByRole("dialog", { name: "Ajukan SKP ke atasan?" }).getByRole("button", { name: "Ya, ajukan" }).click();
  await expect(tab1.getByRole("region", { name: "Ajukan SKP" }).getByRole("alert")).toContainText("Belum ada RHK Utama.");

  // Field errors appear next to their fields, in Indonesian, all of them on the first submit.
  await tab1.getByRole("button", { name: "+ Tambah RHK Utama" }).click();
  const dialog = tab1.getByRole("dialog", { name: "Tambah RHK Utama" });
  await dialog.getByRole("button", { name: "Simpan RHK" }).click();
  await expect(dialog.getByLabel("Rencana Hasil Kerja")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByText("Tuliskan Rencana Hasil Kerja, minimal 5 karakter.")).toBeVisible();
  await expect(dialog.getByText("Pilih RHK atasan yang diintervensi; wajib untuk RHK Utama.")).toBeVisible();
  await expect(dialog.getByLabel("RHK atasan yang diintervensi")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Rencana Hasil Kerja").fill("Terverifikasinya berkas usulan mutasi");
  await dialog.getByLabel("RHK atasan yang diintervensi").selectOption({ index: 1 });
  await dialog.getByRole("button", { name: "Simpan RHK" }).click();
  await expect(dialog).toBeHidden();
  await tambahRhkUtama(tab1, "Termutakhirkannya data mutasi pegawai");

  // Reorder: the second RHK moves up.
  await tab1.getByRole("button", { name: "Naikkan RHK nomor 2" }).click();
  await expect(tab1.getByRole("table").first().getByRole("row").nth(1)).toContainText("Termutakhirkannya data mutasi pegawai");

  // Lampiran: add to a list.
  const dukungan = tab1.getByRole("region", { name: "Dukungan Sumber Daya" });
  await dukungan.getByLabel("Isian baru Dukungan Sumber Daya").fill("Akses aplikasi SIASN");
  await dukungan.getByRole("button", { name: "Tambah" }).click();
  await expect(dukungan.getByText("Akses aplikasi SIASN")).toBeVisible();

  // A second tab saves first; the first tab is told and can reload.
  const tab2 = await signedInPage(browser, DEMO_ACCOUNTS.staff.nip);
  await tab2.goto(tab1.url());
  await tambahRhkUtama(tab2, "Tersusunnya laporan mutasi triwulanan");
  await tab1.getByRole("button", { name: "+ Tambah RHK Tambahan" }).click();
  const basi = tab1.getByRole("dialog", { name: "Tambah RHK Tambahan" });
  await basi.getByLabel("Rencana Hasil Kerja").fill("Tugas tambahan dari tab lama");
  await basi.getByRole("button", { name: "Simpan RHK" }).click();
  await expect(basi.getByRole("alert")).toContainText("sudah diubah orang lain");
  await basi.getByRole("button", { name: "Muat ulang" }).click();
  await basi.getByRole("button", { name: "Tutup" }).click();
  await expect(tab1.getByRole("table").first()).toContainText("Tersusunnya laporan mutasi triwulanan");
  await expect(tab1.getByRole("table").nth(1)).not.toContainText("Tugas tambahan dari tab lama");

  // Still missing indikator: Ajukan names each RHK.
  await tab1.getByRole("button", { name: "Ajukan SKP" }).click();
  await tab1.getByRole("dialog", { name: "Ajukan SKP ke atasan?" }).getByRole("button", { name: "Ya, ajukan" }).click();
  await expect(tab1.getByRole("region", { name: "Ajukan SKP" }).getByRole("alert")).toContainText('RHK "Termutakhirkannya data mutasi pegawai" belum memiliki indikator.');

  // One form writes an RHK with its Kuantitas, Kualitas and Waktu indikator; it opens on its first field.
  await tab1.getByRole("button", { name: "+ Tambah RHK Utama" }).click();
  const lengkap = tab1.getByRole("dialog", { name: "Tambah RHK Utama" });
  await expect(lengkap.getByRole("radio", { name: "Utama" })).toBeFocused();
  await lengkap.getByLabel("RHK atasan yang diintervensi").selectOption({ index: 1 });
  await lengkap.getByLabel("Rencana Hasil Kerja").fill("Terlayaninya konsultasi mutasi pegawai");
  const baris = [
    ["KUANTITAS", "Jumlah konsultasi yang dilayani", "24", "Konsultasi"],
    ["KUALITAS", "Persentase konsultasi yang dijawab tuntas", "90", "%"],
    ["WAKTU", "Waktu penyelesaian konsultasi", "12", "Bulan"],
  ] as const;
  for (const [i, [aspek, teks, target, satuan]] of baris.entries()) {
    const row = lengkap.getByRole("group", { name: `Indikator ${i + 1}` });
    await expect(row.getByLabel("Aspek")).toHaveValue(aspek);
    await row.getByLabel("Indikator Kinerja Individu").fill(teks);
    if (i < 2) await row.getByLabel("Angka target").fill(target);
    await row.getByLabel("Satuan").fill(satuan);
  }
  // A half-filled row is marked at its field and nothing is saved.
  await lengkap.getByRole("button", { name: "Simpan RHK" }).click();
  const waktu = lengkap.getByRole("group", { name: "Indikator 3" });
  await expect(waktu.getByLabel("Angka target")).toHaveAttribute("aria-invalid", "true");
  await expect(waktu.getByText("Isi target.")).toBeVisible();
  await waktu.getByLabel("Angka target").fill("12");
  await lengkap.getByRole("button", { name: "Simpan RHK" }).click();
  await expect(lengkap).toBeHidden();
  const utama = tab1.getByRole("table").first();
  for (const [, teks, target, satuan] of baris) {
    await expect(utama).toContainText(teks);
    await expect(utama).toContainText(`${target} ${satuan}`);
  }
});

async function tambahRhkUtama(page: Page, teks: string) {
  await page.getByRole("button", { name: "+ Tambah RHK Utama" }).click();
  const dialog = page.getByRole("dialog", { name: "Tambah RHK Utama" });
  await dialog.getByLabel("RHK atasan yang diintervensi").selectOption({ index: 1 });
  await dialog.getByLabel("Rencana Hasil Kerja").fill(teks);
  await dialog.getByRole("button", { name: "Simpan RHK" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("table").first()).toContainText(teks);
}

async function signedInPage(browser: Browser, nip: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
  return page;
}
