import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { formatNip } from "../../lib/domain/nip";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

// Issue 3, end to end: the staff member builds and submits an SKP cascaded from the atasan's
// RHK, the atasan returns it with a catatan, the staff member fixes and resubmits it, the
// atasan approves it and prints it. Uses the "staff-skp" account, which no other journey
// touches, and the seeded SKP of their atasan (Kepala Subbidang Mutasi).
const RHK_1 = "Terprosesnya usulan mutasi pegawai antarinstansi tepat waktu";
const RHK_2 = "Tersusunnya data formasi jabatan pelaksana Subbidang Mutasi";
const CATATAN = "Target usulan mutasi terlalu rendah, sesuaikan dengan rencana kerja tahun ini.";

test("an SKP goes from Tambah Periode SKP to the atasan's approval and the printed PDF", async ({ browser }) => {
  test.setTimeout(180_000);
  const staffAccount = DEMO_ACCOUNTS["staff-skp"];
  const staff = await signedInPage(browser, staffAccount.nip);
  const atasan = await signedInPage(browser, DEMO_ACCOUNTS.atasan.nip);

  // The staff member creates the SKP and its two RHK, each cascaded from one of the atasan's.
  await staff.goto("/skp");
  await staff.getByRole("button", { name: "Tambah Periode SKP" }).click();
  await expect(staff).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);
  const skpUrl = staff.url();
  const skpId = skpUrl.split("/").at(-1)!;

  await tambahRhk(staff, RHK_1, 1, "Jumlah usulan mutasi yang diproses", "60", "Usulan");
  await tambahRhk(staff, RHK_2, 2, "Jumlah dokumen formasi yang disusun", "2", "Dokumen");
  await ajukan(staff);
  await expect(staff.getByText("Pengajuan: menunggu keputusan atasan")).toBeVisible();

  // The atasan finds it under SKP Bawahan, whose menu entry counts what waits, and returns it; the catatan is required.
  await atasan.goto("/beranda");
  await expect(atasan.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: /^SKP Bawahan, \d+ menunggu$/ })).toBeVisible();
  await atasan.goto("/skp-bawahan");
  await atasan.getByRole("link", { name: `Tinjau SKP ${staffAccount.nama}` }).click();
  await expect(atasan).toHaveURL(new RegExp(`/skp-bawahan/${skpId}$`));
  await expect(atasan.getByRole("table").first()).toContainText(RHK_1);
  await atasan.getByRole("button", { name: "Kembalikan ke Draft" }).click();
  await atasan.getByRole("button", { name: "Kembalikan ke Draft" }).click();
  await expect(atasan.getByText("Catatan wajib diisi agar pegawai tahu apa yang harus diperbaiki.")).toBeVisible();
  await atasan.getByLabel("Catatan untuk pegawai").fill(CATATAN);
  await atasan.getByRole("button", { name: "Kembalikan ke Draft" }).click();
  await expectHasil(atasan, "SKP dikembalikan ke Draft.", "SKP dikembalikan ke Draft.");

  // A returned SKP lists as Dikembalikan: under its own filter chip for the atasan, and in SKP Saya.
  await atasan.goto("/skp-bawahan");
  await filterChip(atasan, "Dikembalikan").click();
  await expect(atasan.getByRole("row").filter({ hasText: staffAccount.nama })).toContainText("Dikembalikan");
  await atasan.goto(`/skp-bawahan/${skpId}`);
  await staff.goto("/skp");
  await expect(staff.getByRole("link", { name: /Dikembalikan/ })).toBeVisible();

  // Beranda tells the staff member first: the task carries the catatan and opens the SKP.
  await staff.goto("/beranda");
  const tugas = staff.getByRole("region", { name: "Tugas Anda" });
  await expect(tugas).toContainText("SKP dikembalikan atasan");
  await expect(tugas).toContainText(`Catatan atasan: ${CATATAN}`);
  await tugas.getByRole("link", { name: /SKP dikembalikan atasan/ }).click();
  await expect(staff).toHaveURL(skpUrl);

  // The staff member reads why, fixes the target and submits again.
  await staff.reload();
  await expect(staff.getByText(`Dikembalikan oleh ${DEMO_ACCOUNTS.atasan.nama.split(",")[0]}`)).toBeVisible();
  await expect(staff.getByText(CATATAN).first()).toBeVisible();
  await staff.getByRole("button", { name: "Ubah indikator Jumlah usulan mutasi yang diproses" }).click();
  const ubah = staff.getByRole("dialog", { name: "Ubah indikator" });
  await ubah.getByLabel("Angka target").fill("120");
  await ubah.getByRole("button", { name: "Simpan indikator" }).click();
  await expect(ubah).toBeHidden();
  await expect(staff.getByText("120 Usulan")).toBeVisible();
  await ajukan(staff);

  // The atasan approves the resubmitted SKP and prints it.
  await atasan.reload();
  await atasan.getByRole("button", { name: "Setujui" }).click();
  await expectHasil(atasan, /SKP .+ disetujui\./, "disetujui");
  await expect(atasan.getByText("Persetujuan", { exact: true }).first()).toBeVisible();

  const [download] = await Promise.all([atasan.waitForEvent("download"), atasan.getByRole("link", { name: "Cetak SKP" }).click()]);
  const year = new Date().getFullYear();
  expect(download.suggestedFilename()).toBe(`SKP-${staffAccount.nip}-${year}.pdf`);
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain("SASARAN KINERJA PEGAWAI");
  expect(text).toContain(RHK_1);
  expect(text).toContain(RHK_2);
  expect(text).toContain("120 Usulan");
  expect(text).toContain(formatNip(staffAccount.nip));
  expect(text).toContain(formatNip(DEMO_ACCOUNTS.atasan.nip));

  await staff.reload();
  await expect(staff.getByText("Persetujuan: SKP sudah disetujui atasan")).toBeVisible();

  // The approved SKP reads the same word on the chip, in the atasan's list and in monitoring.
  await atasan.goto("/skp-bawahan");
  await filterChip(atasan, "Persetujuan").click();
  await expect(atasan.getByRole("row").filter({ hasText: staffAccount.nama })).toContainText("Persetujuan");
  const admin = await signedInPage(browser, DEMO_ACCOUNTS.admin.nip);
  await admin.goto("/admin/monitoring");
  const monitoring = admin.getByRole("table", { name: /Monitoring pengisian SKP/ });
  await monitoring.getByRole("link", { name: "Bidang Mutasi dan Promosi", exact: true }).click();
  await monitoring.getByRole("link", { name: "Subbidang Mutasi", exact: true }).click();
  await expect(admin.getByRole("list", { name: /Pegawai/ }).getByRole("listitem").filter({ hasText: staffAccount.nama })).toContainText("Persetujuan");
});

function filterChip(page: Page, status: string) {
  return page.getByRole("navigation", { name: "Saring menurut status" }).getByRole("link", { name: new RegExp(`^${status} \\(\\d+\\)$`) });
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

/**
 * Adds an RHK Utama that intervenes the atasan's RHK number `atasanRhk` (in list order), with
 * its Kuantitas indikator written in the same form; the Kualitas and Waktu rows stay empty.
 */
async function tambahRhk(page: Page, teks: string, atasanRhk: number, indikator: string, target: string, satuan: string) {
  await page.getByRole("button", { name: "+ Tambah RHK Utama" }).click();
  const dialog = page.getByRole("dialog", { name: "Tambah RHK Utama" });
  await dialog.getByLabel("RHK atasan yang diintervensi").selectOption({ index: atasanRhk });
  await dialog.getByLabel("Rencana Hasil Kerja").fill(teks);
  const kuantitas = dialog.getByRole("group", { name: "Indikator 1" });
  await expect(kuantitas.getByLabel("Aspek")).toHaveValue("KUANTITAS");
  await kuantitas.getByLabel("Indikator Kinerja Individu").fill(indikator);
  await kuantitas.getByLabel("Angka target").fill(target);
  await kuantitas.getByLabel("Satuan").fill(satuan);
  await dialog.getByRole("button", { name: "Simpan RHK" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("table").first()).toContainText(teks);
  await expect(page.getByText(`${target} ${satuan}`)).toBeVisible();
}

async function ajukan(page: Page) {
  await page.getByRole("button", { name: "Ajukan SKP" }).click();
  const konfirmasi = page.getByRole("dialog", { name: "Ajukan SKP ke atasan?" });
  await expect(konfirmasi).toContainText("SKP terkunci");
  await konfirmasi.getByRole("button", { name: "Ya, ajukan" }).click();
  await expect(page.getByText("Pengajuan", { exact: true }).first()).toBeVisible();
  await expectHasil(page, "SKP diajukan ke atasan.", "Pengajuan: menunggu keputusan atasan");
}

/** After a final step: a toast says it, and focus has moved to the result on the page. */
async function expectHasil(page: Page, toast: string | RegExp, hasil: string) {
  await expect(page.getByRole("region", { name: /^Pemberitahuan/ })).toContainText(toast);
  await expect(page.locator(":focus")).toContainText(hasil);
  await expect(page.locator(":focus")).toBeInViewport();
}

async function pdfText(data: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join(" ").replace(/\s+/g, " ");
}
