import { expect, test, type Request } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signedInContext } from "./support/demo-session";

// Issue 13 point 9: the same controls behave the same everywhere.

test("person pickers search while the admin and the pegawai type, without a Cari button", async ({ browser }) => {
  const admin = await (await signedInContext(browser, "admin")).newPage();
  await admin.goto("/admin/buka-pengisian");
  await expect(admin.getByRole("button", { name: "Cari", exact: true })).toHaveCount(0);
  const searches: Request[] = [];
  admin.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"] !== undefined) searches.push(r);
  });
  const box = admin.getByRole("searchbox", { name: "Pegawai (cari NIP atau nama)" });
  await box.pressSequentially("Fauzi", { delay: 40 });
  const hasil = admin.getByRole("list", { name: /Hasil pencarian/ });
  await expect(hasil.getByRole("button", { name: new RegExp(DEMO_ACCOUNTS.staff.nama.split(",")[0]!) })).toBeVisible();
  await expect(admin.getByRole("status").filter({ hasText: /\d+ pegawai ditemukan/ })).toBeVisible();
  // One search once typing pauses, not one per key.
  expect(searches.length).toBeLessThanOrEqual(2);

  // Keyboard: down into the results, Enter picks.
  await box.press("ArrowDown");
  await expect(hasil.getByRole("button").first()).toBeFocused();
  await admin.keyboard.press("Enter");
  await expect(admin.getByRole("button", { name: "Ganti" })).toBeVisible();

  // The pegawai's own picker for a new atasan searches the same way, and the result has its URL.
  const staff = await (await signedInContext(browser, "staff")).newPage();
  await staff.goto("/profil/atasan");
  const namaAtasan = DEMO_ACCOUNTS.atasan.nama.split(",")[0]!;
  await staff.getByRole("searchbox", { name: "Cari nama atau NIP" }).pressSequentially(namaAtasan.split(" ").at(-1)!, { delay: 40 });
  await expect(staff).toHaveURL(/[?&]q=/);
  await expect(staff.getByRole("status").filter({ hasText: /\d+ pegawai ditemukan/ })).toBeVisible();
  await expect(staff.getByText(namaAtasan, { exact: false }).first()).toBeVisible();
});

test("an SKP's page title names its year and pegawai, for those who may see it only", async ({ browser }) => {
  const [skp] = await queryE2eDatabase<{ id: string; tahun: number }>(
    `SELECT s.id, t.tahun FROM "Skp" s JOIN "Pegawai" p ON p.id = s."pegawaiId" JOIN "Tahun" t ON t.id = s."tahunId"
      WHERE p.nip = $1 ORDER BY s."createdAt" LIMIT 1`,
    [DEMO_ACCOUNTS.atasan.nip],
  );
  if (!skp) throw new Error("Data demo tanpa SKP atasan");
  const judul = `SKP ${skp.tahun} · ${DEMO_ACCOUNTS.atasan.nama} · e-Kinerja`;

  const owner = await (await signedInContext(browser, "atasan")).newPage();
  await owner.goto(`/skp/${skp.id}`);
  await expect(owner).toHaveTitle(judul);

  const penilai = await (await signedInContext(browser, "kabid")).newPage();
  await penilai.goto(`/skp-bawahan/${skp.id}`);
  await expect(penilai).toHaveTitle(judul);

  // Another instansi's admin gets the not-found page, and the tab does not name the pegawai.
  const luar = await (await signedInContext(browser, "admin-garut")).newPage();
  await luar.goto(`/skp/${skp.id}`);
  await expect(luar.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await luar.title()).not.toContain(DEMO_ACCOUNTS.atasan.nama.split(",")[0]!);
});

test.describe("SKP Saya's creation form", () => {
  // admin-garut has no SKP in the demo and no other journey creates one for them.
  const nip = DEMO_ACCOUNTS["admin-garut"].nip;
  const tahunIni = new Date().getFullYear();
  const tahunDepan = tahunIni + 1;

  test.beforeAll(async () => {
    await queryE2eDatabase(
      `INSERT INTO "Tahun" (id, "instansiId", tahun, terbuka) SELECT gen_random_uuid(), "instansiId", $2, true FROM "Pegawai" WHERE nip = $1`,
      [nip, tahunDepan],
    );
  });

  test.afterAll(async () => {
    await queryE2eDatabase(`DELETE FROM "Skp" WHERE "pegawaiId" = (SELECT id FROM "Pegawai" WHERE nip = $1)`, [nip]);
    await queryE2eDatabase(`DELETE FROM "Tahun" WHERE tahun = $2 AND "instansiId" = (SELECT "instansiId" FROM "Pegawai" WHERE nip = $1)`, [nip, tahunDepan]);
  });

  test("dates follow the chosen year, and the form gives way once each open year has its SKP", async ({ browser }) => {
    const page = await (await signedInContext(browser, "admin-garut")).newPage();
    await page.goto("/skp");
    const tahun = page.getByLabel("Tahun", { exact: true });
    const awal = page.getByLabel("Periode awal");
    const akhir = page.getByLabel("Periode akhir");
    // The current year first, although the admin opened a newer one.
    await expect(tahun).toHaveValue(String(tahunIni));
    await expect(awal).toHaveValue(`${tahunIni}-01-01`);
    await expect(akhir).toHaveValue(`${tahunIni}-12-31`);
    await tahun.selectOption(String(tahunDepan));
    await expect(awal).toHaveValue(`${tahunDepan}-01-01`);
    await expect(akhir).toHaveValue(`${tahunDepan}-12-31`);
    await tahun.selectOption(String(tahunIni));
    await expect(awal).toHaveValue(`${tahunIni}-01-01`);
    await page.getByRole("button", { name: "Tambah Periode SKP" }).click();
    await expect(page).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);

    // This year has its SKP: only next year is left, with its own dates.
    await page.goto("/skp");
    await expect(tahun.getByRole("option")).toHaveText([String(tahunDepan)]);
    await expect(awal).toHaveValue(`${tahunDepan}-01-01`);
    await page.getByRole("button", { name: "Tambah Periode SKP" }).click();
    await expect(page).toHaveURL(/\/skp\/[0-9a-f-]{36}$/);

    await page.goto("/skp");
    const tambah = page.getByRole("region", { name: "Tambah Periode SKP" });
    await expect(tambah.getByRole("button", { name: "Tambah Periode SKP" })).toHaveCount(0);
    await expect(tambah).toContainText(`SKP Anda untuk tahun ${tahunDepan}, ${tahunIni} sudah ada`);
    await expect(tambah.getByRole("link", { name: new RegExp(`^Buka SKP .*${tahunIni}`) })).toBeVisible();
  });
});
