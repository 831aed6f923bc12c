import { beforeAll, describe, expect, test } from "vitest";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listProgresHarianBawahan } from "@/lib/server/queries/progres-harian-bawahan";
import { sqlStatementCount } from "@/lib/server/query-count";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { buatEntri, seninLalu } from "./progres-harian-entri-fixtures";

let org: PelaksanaanOrg;
let senin: string;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  senin = seninLalu();
  await buatEntri(org, "staff", { tanggal: senin, jam: [8 * 60, 11 * 60] });
  await buatEntri(org, "staff", { tanggal: senin, jam: [13 * 60, 14 * 60 + 30], status: "SESUAI" });
  await buatEntri(org, "staff", { tanggal: tambahHari(senin, 3), jam: [8 * 60, 9 * 60] });
  await buatEntri(org, "staff", { tanggal: tambahHari(senin, 7) });
  await db.keteranganHari.create({ data: { pegawaiId: org.staff.id, tanggal: fromIsoDate(tambahHari(senin, 1)), jenis: "DINAS_LUAR" } });
  await db.hariLibur.create({ data: { instansiId: org.instansi.id, tanggal: fromIsoDate(tambahHari(senin, 2)), nama: "Hari Uji", jenis: "LIBUR_NASIONAL" } });
});

describe("the week over every bawahan", () => {
  test("hours per working day, belum isi, and entries waiting, per bawahan, in two statements", async () => {
    await actAs(org.atasan.id);
    const actor = (await getActor())!;
    const before = sqlStatementCount();
    const list = await listProgresHarianBawahan(actor, senin, tambahHari(senin, 14), 1);
    expect(sqlStatementCount() - before).toBe(2);
    expect(list.rows.map((r) => r.pegawai.nama)).toEqual(["Staff Lain", "Staff Uji"]);
    const staff = list.rows.find((r) => r.pegawai.id === org.staff.id)!;
    expect(staff.hari.map((h) => [h.keadaan, h.menit])).toEqual([
      ["TERISI", 270],
      ["KETERANGAN", 0],
      ["LIBUR", 0],
      ["TERISI", 60],
      ["BELUM_ISI", 0],
    ]);
    expect(staff.hari[1]!.keterangan).toBe("DINAS_LUAR");
    expect(list.libur).toEqual({ [tambahHari(senin, 2)]: "Hari Uji" });
    expect(staff).toMatchObject({ totalMenit: 330, belumIsi: 1, menunggu: 2 });
    expect(list.rows.find((r) => r.pegawai.id === org.staffLain.id)).toMatchObject({ totalMenit: 0, belumIsi: 4, menunggu: 0 });
  });

  test("a six-day instansi shows Saturday; a bawahan who left is gone; a non-atasan sees nobody", async () => {
    await db.instansi.update({ where: { id: org.instansi.id }, data: { hariKerjaPerMinggu: 6 } });
    await db.pegawai.update({ where: { id: org.staffLain.id }, data: { aktif: false } });
    try {
      await actAs(org.atasan.id);
      const list = await listProgresHarianBawahan((await getActor())!, senin, tambahHari(senin, 14), 1);
      expect(list.tanggal).toHaveLength(6);
      expect(list.rows.map((r) => r.pegawai.id)).toEqual([org.staff.id]);
      await actAs(org.staff.id);
      expect((await listProgresHarianBawahan((await getActor())!, senin, senin, 1)).total).toBe(0);
      await actAs(org.admin.id);
      expect((await listProgresHarianBawahan((await getActor())!, senin, senin, 1)).total).toBe(0);
    } finally {
      await db.instansi.update({ where: { id: org.instansi.id }, data: { hariKerjaPerMinggu: 5 } });
      await db.pegawai.update({ where: { id: org.staffLain.id }, data: { aktif: true } });
    }
  });

  test("pages by 25 whatever the number of bawahan", async () => {
    await db.pegawai.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        instansiId: org.instansi.id,
        nip: `19950101202001${String(2000 + i)}`,
        nama: `Zaki Bawahan ${String(i).padStart(2, "0")}`,
        jenisJabatan: "PELAKSANA" as const,
        jabatan: "Pengolah Data",
        golongan: "II/a",
        atasanId: org.atasan.id,
        passwordHash: "x",
      })),
    });
    await actAs(org.atasan.id);
    const actor = (await getActor())!;
    const hal2 = await listProgresHarianBawahan(actor, senin, senin, 2);
    expect(hal2).toMatchObject({ total: 57, page: 2, pageCount: 3 });
    expect(hal2.rows).toHaveLength(25);
    expect((await listProgresHarianBawahan(actor, senin, senin, 3)).rows).toHaveLength(7);
    expect(await listProgresHarianBawahan(actor, senin, senin, 99)).toMatchObject({ page: 1, total: 57, rows: expect.arrayContaining([expect.anything()]) });
  });
});
