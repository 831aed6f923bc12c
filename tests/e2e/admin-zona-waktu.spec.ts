import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

// Garut's instansi goes to WITA here and back to WIB afterwards; no other journey reads its clock.
test.afterAll(async () => {
  await queryE2eDatabase(`UPDATE "Instansi" SET "zonaWaktu" = 'WIB' WHERE id = (SELECT "instansiId" FROM "Pegawai" WHERE nip = $1)`, [
    DEMO_ACCOUNTS["admin-garut"].nip,
  ]);
});

test("the admin sets the instansi's time zone in Pengaturan, and times are then shown in it", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(page, "admin-garut");
  await page.goto("/admin/pengaturan");
  const zona = page.getByLabel("Zona waktu");
  await expect(zona).toHaveValue("WIB");
  await zona.selectOption({ label: "WITA (UTC+8) — Bali, Nusa Tenggara, Kalimantan Selatan, Timur dan Utara, Sulawesi" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pengaturan disimpan." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Zona waktu")).toHaveValue("WITA");
  await page.goto("/admin/log-audit?aksi=UBAH_PENGATURAN");
  const catatan = page.getByRole("list", { name: "Log audit instansi" }).getByRole("listitem").first();
  await expect(catatan).toContainText("Mengubah pengaturan instansi");
  await expect(catatan).toContainText(/\d{2}\.\d{2} WITA/);
});
