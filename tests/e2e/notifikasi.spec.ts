import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { queryE2eDatabase, signedInContext } from "./support/demo-session";

// Issue 12: the staff submits an SKP → the atasan's bell counts it → clicking opens that SKP.
// The demo staff's own SKP of this year is approved and other journeys read it, so this one
// gets a Draft SKP of its own in a far year (with the atasan's RHK it cascades from), and
// removes it, the year and the notification afterwards. The bell is read relative to the
// atasan's unread count at the start, so no other journey's notifications matter.
const TAHUN = new Date().getFullYear() + 5;
let skpId = "";
let tahunDibuat = false;

const pegawaiId = async (nip: string) => (await queryE2eDatabase<{ id: string; instansiId: string }>(`SELECT id, "instansiId" FROM "Pegawai" WHERE nip = $1`, [nip]))[0]!;
const belumDibaca = async (id: string) =>
  Number((await queryE2eDatabase<{ n: string }>(`SELECT count(*) AS n FROM "Notifikasi" WHERE "penerimaId" = $1 AND "dibacaPada" IS NULL`, [id]))[0]!.n);

test.beforeAll(async () => {
  const staff = await pegawaiId(DEMO_ACCOUNTS.staff.nip);
  const atasan = await pegawaiId(DEMO_ACCOUNTS.atasan.nip);
  const [tahun] = await queryE2eDatabase<{ id: string; dibuat: boolean }>(
    `INSERT INTO "Tahun" (id, "instansiId", tahun, terbuka) VALUES (gen_random_uuid(), $1, $2, true)
     ON CONFLICT ("instansiId", tahun) DO UPDATE SET terbuka = "Tahun".terbuka RETURNING id, (xmax = 0) AS dibuat`,
    [staff.instansiId, TAHUN],
  );
  tahunDibuat = tahun!.dibuat;
  const skp = async (pegawai: string) =>
    (
      await queryE2eDatabase<{ id: string }>(
        `INSERT INTO "Skp" (id, "pegawaiId", "tahunId", "periodeAwal", "periodeAkhir", pendekatan, layout, snapshot, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4, 'KUANTITATIF', 'STANDAR', '{}', now()) RETURNING id`,
        [pegawai, tahun!.id, `${TAHUN}-01-01`, `${TAHUN}-12-31`],
      )
    )[0]!.id;
  const rhk = async (skp: string, teks: string, parent: string | null) =>
    (await queryE2eDatabase<{ id: string }>(`INSERT INTO "Rhk" (id, "skpId", jenis, teks, "parentRhkId", urutan) VALUES (gen_random_uuid(), $1, 'UTAMA', $2, $3, 0) RETURNING id`, [skp, teks, parent]))[0]!.id;
  const rhkAtasan = await rhk(await skp(atasan.id), "Terlaksananya layanan mutasi uji notifikasi", null);
  skpId = await skp(staff.id);
  const rhkStaff = await rhk(skpId, "Terprosesnya usulan mutasi uji notifikasi", rhkAtasan);
  await queryE2eDatabase(`INSERT INTO "Indikator" (id, "rhkId", aspek, teks, "targetMin", satuan, urutan) VALUES (gen_random_uuid(), $1, 'KUANTITAS', 'Jumlah usulan', 12, 'Usulan', 0)`, [rhkStaff]);
});

test.afterAll(async () => {
  const [tahun] = await queryE2eDatabase<{ id: string }>(`SELECT "tahunId" AS id FROM "Skp" WHERE id = $1`, [skpId]);
  await queryE2eDatabase(`DELETE FROM "Notifikasi" WHERE tautan = $1`, [`/skp-bawahan/${skpId}`]);
  await queryE2eDatabase(`DELETE FROM "RiwayatStatus" WHERE "entitasId" = $1`, [skpId]);
  if (!tahun) return;
  await queryE2eDatabase(`DELETE FROM "Skp" WHERE "tahunId" = $1 AND id = $2`, [tahun.id, skpId]);
  await queryE2eDatabase(`DELETE FROM "Skp" WHERE "tahunId" = $1 AND "pegawaiId" = (SELECT id FROM "Pegawai" WHERE nip = $2)`, [tahun.id, DEMO_ACCOUNTS.atasan.nip]);
  if (tahunDibuat) await queryE2eDatabase(`DELETE FROM "Tahun" WHERE id = $1`, [tahun.id]);
});

test("the staff submits an SKP, the atasan's bell counts it and opens that SKP", async ({ browser }) => {
  const atasanId = (await pegawaiId(DEMO_ACCOUNTS.atasan.nip)).id;
  const awal = await belumDibaca(atasanId);
  const staff = await (await signedInContext(browser, "staff")).newPage();
  const atasan = await (await signedInContext(browser, "atasan")).newPage();

  await staff.goto(`/skp/${skpId}`);
  await staff.getByRole("button", { name: "Ajukan SKP" }).click();
  await staff.getByRole("dialog", { name: "Ajukan SKP ke atasan?" }).getByRole("button", { name: "Ya, ajukan" }).click();
  await expect(staff.getByText("Pengajuan", { exact: true }).first()).toBeVisible();

  await atasan.goto("/beranda");
  const bell = atasan.getByRole("banner").getByRole("link", { name: `Notifikasi, ${awal + 1} belum dibaca` });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(atasan).toHaveURL(/\/notifikasi$/);
  const item = atasan.getByRole("link", { name: new RegExp(`Ahmad Fauzi.* mengajukan SKP ${TAHUN}`) });
  await expect(item).toContainText("Periksa lalu setujui atau kembalikan dengan catatan.");
  await item.click();
  await expect(atasan).toHaveURL(new RegExp(`/skp-bawahan/${skpId}$`));
  await expect(atasan.getByText("Terprosesnya usulan mutasi uji notifikasi").first()).toBeVisible();
  await expect(atasan.getByRole("banner").getByRole("link", { name: awal === 0 ? "Notifikasi" : `Notifikasi, ${awal} belum dibaca`, exact: true })).toBeVisible();
});
