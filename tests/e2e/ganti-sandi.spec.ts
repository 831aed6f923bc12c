import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signedInContext } from "./support/demo-session";

// A pegawai of this spec's own, so resetting a password never touches an account other specs sign in with.
const NIP = "199505052020121005";

test.describe("kata sandi sementara dari admin", () => {
  let pegawaiId = "";

  test.beforeAll(async () => {
    const [row] = await queryE2eDatabase<{ id: string }>(
      `INSERT INTO "Pegawai" (id, "instansiId", nip, nama, "jenisJabatan", jabatan, "passwordHash", "updatedAt")
       SELECT gen_random_uuid(), "instansiId", $1, 'Sinta Ganti Sandi', 'PELAKSANA', 'Pengadministrasi Umum', 'belum-ada', now()
         FROM "Pegawai" WHERE nip = $2
       RETURNING id`,
      [NIP, DEMO_ACCOUNTS.admin.nip],
    );
    pegawaiId = row!.id;
  });

  test.afterAll(async () => {
    await queryE2eDatabase(`DELETE FROM "Pegawai" WHERE id = $1`, [pegawaiId]);
  });

  test("works for one sign-in, then the pegawai must choose their own before anything else", async ({ browser }) => {
    const admin = await signedInContext(browser, "admin");
    const adminPage = await admin.newPage();
    await adminPage.goto(`/admin/pegawai/${pegawaiId}`);
    await adminPage.getByRole("button", { name: "Reset kata sandi" }).click();
    await adminPage.getByRole("button", { name: "Ya, reset" }).click();
    const kode = adminPage.locator('code[aria-label="Kata sandi sementara"]');
    await expect(kode).toBeVisible();
    const sementara = (await kode.textContent())!.trim();
    await expect(adminPage.getByText("pegawai langsung diminta membuat kata sandi sendiri")).toBeVisible();
    await admin.close();

    const page = await browser.newPage({ baseURL: process.env.E2E_BASE_URL });
    await page.goto("/masuk");
    await page.getByLabel("NIP", { exact: true }).fill(NIP);
    await page.getByLabel("Kata sandi", { exact: true }).fill(sementara);
    await page.getByRole("button", { name: "Masuk", exact: true }).click();
    await expect(page).toHaveURL(/\/ganti-sandi$/);
    await expect(page.getByRole("heading", { name: "Buat kata sandi baru" })).toBeVisible();

    await page.goto("/skp");
    await expect(page).toHaveURL(/\/ganti-sandi$/);

    await page.getByLabel("Kata sandi sementara").fill(sementara);
    await page.getByLabel("Kata sandi baru", { exact: true }).fill("pendek");
    await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await expect(page.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();

    await page.getByLabel("Kata sandi baru", { exact: true }).fill("SandiSendiri2026");
    await page.getByLabel("Ulangi kata sandi baru").fill("SandiSendiri2026");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await expect(page).toHaveURL(/\/beranda$/);

    await page.goto("/profil");
    const keamanan = page.locator("#keamanan");
    await keamanan.getByLabel("Kata sandi saat ini").fill("SandiSendiri2026");
    await keamanan.getByLabel("Kata sandi baru", { exact: true }).fill("SandiLagi2027");
    await keamanan.getByLabel("Ulangi kata sandi baru").fill("SandiLagi2027");
    await keamanan.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await expect(keamanan.getByRole("status").filter({ hasText: "Kata sandi berhasil diganti." })).toBeVisible();
    await page.close();
  });
});
