import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { SIASN_PROMOSI } from "../../prisma/seed/siasn-demo-data";

test("staff syncs their profile with SIASN and sees the new jabatan", async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.staff.nip);
  await page.goto("/profil");
  const dataPribadi = page.getByRole("region", { name: "Data pribadi" });
  await expect(dataPribadi).toContainText("Pengolah Data Kepegawaian");

  const sinkron = page.getByRole("region", { name: "Sinkron SIASN" });
  await expect(sinkron).toContainText("Belum pernah disinkronkan.");
  await sinkron.getByRole("button", { name: "Sinkron SIASN" }).click();

  await expect(sinkron.getByRole("heading", { name: "Data SIASN vs data di aplikasi" })).toBeVisible();
  const baris = sinkron.getByRole("row", { name: /Jabatan/ });
  await expect(baris).toContainText("Pengolah Data Kepegawaian");
  await expect(baris).toContainText(SIASN_PROMOSI.jabatanBaru);
  await expect(baris.getByRole("checkbox", { name: "Terapkan Jabatan" })).toBeChecked();

  await sinkron.getByRole("button", { name: "Terapkan" }).click();
  await expect(sinkron.getByRole("status")).toContainText("1 data diperbarui dari SIASN.");
  await expect(dataPribadi).toContainText(SIASN_PROMOSI.jabatanBaru);
  await expect(sinkron).toContainText("Terakhir disinkronkan:");
  await expect(sinkron).toContainText(`Jabatan: Pengolah Data Kepegawaian → ${SIASN_PROMOSI.jabatanBaru}`);

  await page.reload();
  await expect(page.getByRole("region", { name: "Data pribadi" })).toContainText(SIASN_PROMOSI.jabatanBaru);
});

async function signIn(page: Page, nip: string) {
  await page.goto("/masuk");
  await page.getByLabel("NIP", { exact: true }).fill(nip);
  await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/beranda$/);
}
