import { expect, test, type Page } from "@playwright/test";
import { awalMinggu } from "../../lib/domain/hari-kerja";
import { hariIniDi } from "../../lib/domain/zona-waktu";
import { hariKerjaSebelumnya } from "../../lib/domain/progres-harian";
import { toIsoDate } from "../../lib/domain/tanggal";
import { signIn } from "./support/demo-session";

// Issue 11, the pegawai's side. The Kepala Bidang Mutasi (DEMO "kabid") has an SKP the seed
// approved, but no rencana aksi yet: one is added from the entry form. Entries cannot be dated
// in the future, so the three entries go on the previous working day and are copied to today.
const RENCANA = "Memverifikasi usulan mutasi yang masuk";
const ENTRI = [
  ["08:00", "09:00", "Rapat koordinasi mutasi"],
  ["09:00", "10:30", "Memverifikasi berkas usulan"],
  ["13:00", "14:30", "Menyusun rekap usulan"],
] as const;

test("a pegawai logs three entries, copies them to today and sees the week's total", async ({ page }) => {
  test.setTimeout(180_000);
  const hariIni = toIsoDate(hariIniDi("WIB", new Date()));
  const kemarin = hariKerjaSebelumnya(hariIni, { hariKerjaPerMinggu: 5, libur: new Set() })!;
  await signIn(page, "kabid");
  await page.getByRole("link", { name: "Progres Harian" }).first().click();
  await page.goto(`/progres-harian?tampilan=hari&tanggal=${kemarin}`);

  await page.getByLabel("Rencana aksi", { exact: true }).fill(RENCANA);
  await page.getByRole("button", { name: "Tambah rencana aksi" }).click();
  await expect(page.getByLabel(/^Rencana aksi \(/).locator("option", { hasText: RENCANA })).toHaveCount(1);

  for (const [mulai, selesai, kegiatan] of ENTRI) await tambah(page, mulai, selesai, kegiatan);
  await expect(page.getByRole("status").filter({ hasText: "Total" })).toContainText("Total 4 jam");

  await tambah(page, "08:30", "09:30", "Kegiatan yang bertumpuk");
  await expect(page.getByText(/bertumpuk dengan kegiatan 08\.00–09\.00/)).toBeVisible();
  await page.screenshot({ path: "test-results/progres-harian-hari-1280.png", fullPage: true });

  // The refused entry is still typed in the form, so the browser asks before leaving; the pegawai leaves.
  const tanyaBrowser = new Promise<string>((resolve) => page.once("dialog", (d) => { resolve(d.type()); void d.accept(); }));
  await page.goto(`/progres-harian?tampilan=hari&tanggal=${hariIni}`);
  expect(await tanyaBrowser).toBe("beforeunload");
  await page.getByRole("button", { name: "Salin dari kemarin" }).click();
  await expect(page.getByText("3 kegiatan disalin, 0 dilewati")).toBeVisible();
  for (const [, , kegiatan] of ENTRI) await expect(page.getByText(kegiatan)).toBeVisible();

  await page.getByRole("link", { name: "Minggu", exact: true }).click();
  const total = awalMinggu(kemarin) === awalMinggu(hariIni) ? "8 jam" : "4 jam";
  await expect(page.getByText(`Total minggu ini: ${total}`)).toBeVisible();
  await page.screenshot({ path: "test-results/progres-harian-minggu-1280.png", fullPage: true });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "test-results/progres-harian-minggu-360.png", fullPage: true });
  await page.getByRole("link", { name: "Bulan", exact: true }).click();
  await expect(page.getByRole("link", { name: new RegExp(`^${Number(hariIni.slice(8))}: Terisi sebagian`) })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "test-results/progres-harian-bulan-360.png", fullPage: true });

  // A routine activity saved as a template for today's weekday, then added from it in one go.
  await page.goto(`/progres-harian?tampilan=hari&tanggal=${hariIni}`);
  const form = page.getByRole("form", { name: "Tambah kegiatan" });
  await form.getByLabel("Jam mulai").fill("16:00");
  await form.getByLabel("Jam selesai").fill("16:30");
  await form.getByLabel(/^Rencana aksi \(/).selectOption({ label: RENCANA });
  await form.getByLabel("Kegiatan").fill("Apel sore");
  await page.getByRole("button", { name: "Simpan sebagai templat" }).click();
  await expect(page.getByText("Templat tersimpan")).toBeVisible();
  await page.getByRole("button", { name: /^Tambahkan semua templat hari/ }).click();
  await expect(page.getByText("1 kegiatan ditambahkan dari templat, 0 dilewati.")).toBeVisible();
  await expect(page.getByText(/· Apel sore$/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: "test-results/progres-harian-hari-360.png", fullPage: true });

  // The template is changed to every day at another time, then deleted after a confirmation.
  await page.getByRole("button", { name: "Ubah templat Apel sore" }).click();
  const ubah = page.getByRole("form", { name: "Ubah templat Apel sore" });
  await ubah.getByLabel("Nama templat").fill("Apel sore bidang");
  await ubah.getByLabel("Dipakai pada").selectOption({ label: "setiap hari" });
  await ubah.getByLabel("Jam mulai").fill("16:30");
  await ubah.getByLabel("Jam selesai").fill("17:00");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await ubah.getByRole("button", { name: "Simpan templat" }).click();
  await expect(page.getByText("16.30–17.00 Apel sore bidang (setiap hari)")).toBeVisible();
  await page.getByRole("button", { name: "Hapus templat Apel sore bidang" }).click();
  await page.getByRole("dialog", { name: "Hapus templat Apel sore bidang" }).getByRole("button", { name: "Ya, hapus templat" }).click();
  await expect(page.getByText(/Belum ada templat\./)).toBeVisible();
  await expect(page.getByText(/· Apel sore$/)).toBeVisible();
});

/** Keyboard only: the fields in tab order, Enter in Kegiatan saves. */
async function tambah(page: Page, mulai: string, selesai: string, kegiatan: string) {
  const form = page.getByRole("form", { name: "Tambah kegiatan" });
  await form.getByLabel("Jam mulai").fill(mulai);
  await form.getByLabel("Jam selesai").fill(selesai);
  await form.getByLabel(/^Rencana aksi \(/).selectOption({ label: RENCANA });
  await form.getByLabel("Kegiatan").fill(kegiatan);
  await form.getByLabel("Kegiatan").press("Enter");
  if (kegiatan !== "Kegiatan yang bertumpuk") await expect(page.getByText(new RegExp(`· ${kegiatan}$`))).toBeVisible();
}
