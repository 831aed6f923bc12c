import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signIn } from "./support/demo-session";

// Garut's units: no other journey reads their SIASN link, and they are put back afterwards.
type Unit = { id: string; siasnId: string | null; namaJabatan: string | null; eselon: number | null };
let sebelum: Unit[] = [];
const GARUT = `(SELECT "instansiId" FROM "Pegawai" WHERE nip = $1)`;

test.beforeAll(async () => {
  sebelum = await queryE2eDatabase<Unit>(`SELECT id, "siasnId", "namaJabatan", eselon FROM "UnitKerja" WHERE "instansiId" = ${GARUT}`, [
    DEMO_ACCOUNTS["admin-garut"].nip,
  ]);
});

test.afterAll(async () => {
  for (const u of sebelum) {
    await queryE2eDatabase(`UPDATE "UnitKerja" SET "siasnId" = $2, "namaJabatan" = $3, eselon = $4 WHERE id = $1`, [u.id, u.siasnId, u.namaJabatan, u.eselon]);
  }
  await queryE2eDatabase(`DELETE FROM "Job" WHERE "instansiId" = ${GARUT}`, [DEMO_ACCOUNTS["admin-garut"].nip]);
});

test("the admin starts a unit sync, the background worker runs it, and the page follows it to Selesai", async ({ page }) => {
  await signIn(page, "admin-garut");
  await page.goto("/admin/sinkron");
  await expect(page.getByRole("heading", { level: 1, name: "Sinkron SIASN" })).toBeVisible();
  await expect(page.getByText("Belum pernah sinkron")).toBeVisible();

  await page.getByRole("region", { name: "Sinkron unit kerja (ref-unor)" }).getByRole("button", { name: "Mulai sinkron" }).click();
  const riwayat = page.getByRole("list", { name: "Riwayat sinkron" }).getByRole("listitem").first();
  await expect(riwayat).toContainText("Sinkron unit kerja (ref-unor)");
  // The page refreshes itself every 2 s while the job waits or runs; the worker process does the work.
  await expect(riwayat).toContainText("Selesai", { timeout: 30_000 });
  await expect(riwayat).toContainText(/Selesai: 0 unit baru, (\d+) unit diperbarui dari \1 unit di SIASN\./);
  await expect(riwayat.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(riwayat).toContainText(/Dimulai \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB/);
  await expect(page.getByText("Sinkron sedang berjalan")).toHaveCount(0);
});
