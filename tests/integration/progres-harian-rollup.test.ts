import { beforeAll, describe, expect, test } from "vitest";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { pakaiProgresHarian } from "@/lib/domain/progres-harian-rollup";
import { toIsoDate } from "@/lib/domain/tanggal";
import { saveRealisasi } from "@/lib/server/actions/realisasi";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getRollupProgresHarian } from "@/lib/server/progres-harian/rollup-penilaian";
import { getPelaksanaan } from "@/lib/server/queries/pelaksanaan";
import { sqlStatementCount } from "@/lib/server/query-count";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { buatEntri } from "./progres-harian-entri-fixtures";

let org: PelaksanaanOrg;
let awal: string;
let akhir: string;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
  awal = toIsoDate(org.tw2.awal);
  akhir = toIsoDate(org.tw2.akhir);
  const [ind1, ind2] = org.skp.rhk.find((r) => r.jenis === "UTAMA")!.indikator;
  const bukti = "https://drive.contoh.go.id/notulen";
  await buatEntri(org, "staff", { tanggal: awal, realisasi: 3, tautanBukti: bukti, kegiatan: "Rapat awal" });
  await buatEntri(org, "staff", { tanggal: akhir, realisasi: 4, status: "SESUAI", tautanBukti: bukti, kegiatan: "Rapat akhir" });
  await buatEntri(org, "staff", { tanggal: tambahHari(awal, 1), realisasi: 50, status: "PERLU_PERBAIKAN", tautanBukti: "https://contoh.go.id/ditolak" });
  await buatEntri(org, "staff", { tanggal: tambahHari(awal, -1), realisasi: 100 });
  await buatEntri(org, "staff", { tanggal: tambahHari(akhir, 1), realisasi: 200 });
  await buatEntri(org, "staff", { tanggal: tambahHari(awal, 2), realisasi: 2, indikatorId: ind2!.id, tautanBukti: "https://contoh.go.id/kedua" });
  await buatEntri(org, "staff", { tanggal: tambahHari(awal, 3), realisasi: 9, indikatorId: null });
  await buatEntri(org, "staffLain", { tanggal: awal, realisasi: 1000 });
  expect(ind1).toBeDefined();
});

describe("rollup of Progres Harian into the periode", () => {
  test("sums per indikator over the periode's dates, both edges included, returned entries left out, in one statement", async () => {
    await actAs(org.staff.id);
    const actor = (await getActor())!;
    const [ind1, ind2] = org.skp.rhk.find((r) => r.jenis === "UTAMA")!.indikator;
    const before = sqlStatementCount();
    const rollup = await getRollupProgresHarian(actor, org.skp.id, org.tw2.awal, org.tw2.akhir);
    expect(sqlStatementCount() - before).toBe(1);
    expect(rollup.jumlah).toEqual({ [ind1!.id]: 7, [ind2!.id]: 2 });
    const rhk = org.skp.rhk.find((r) => r.jenis === "UTAMA")!;
    expect(rollup.bukti[rhk.id]).toEqual([
      { tautan: "https://drive.contoh.go.id/notulen", kegiatan: "Rapat awal", tanggal: awal },
      { tautan: "https://contoh.go.id/kedua", kegiatan: expect.any(String), tanggal: tambahHari(awal, 2) },
    ]);
  });

  test("only the pegawai's own entries count: the same SKP asked by someone else sums nothing", async () => {
    await actAs(org.atasan.id);
    expect(await getRollupProgresHarian((await getActor())!, org.skp.id, org.tw2.awal, org.tw2.akhir)).toEqual({ jumlah: {}, bukti: {} });
  });

  test("pakai: the sum is saved through the realisasi action, keeping the saved uraian, and then reads as already used", async () => {
    await actAs(org.staff.id);
    const actor = (await getActor())!;
    const ind = org.skp.rhk.find((r) => r.jenis === "UTAMA")!.indikator[0]!;
    const ref = { skpId: org.skp.id, periodeId: org.tw2.id, indikatorId: ind.id };
    expect(await saveRealisasi({ ...ref, nilai: "9", narasi: "Termasuk susulan", sumberData: "Laporan bulanan" })).toMatchObject({ ok: true });

    const lihat = async () => (await getPelaksanaan(actor, org.skp.id, org.tw2.id)).rhk.flatMap((r) => r.indikator).find((i) => i.id === ind.id)!;
    const { jumlah } = await getRollupProgresHarian(actor, org.skp.id, org.tw2.awal, org.tw2.akhir);
    const pakai = pakaiProgresHarian((await lihat()).realisasi, jumlah[ind.id]!);
    expect(pakai.keadaan).toBe("GANTI");
    expect(await saveRealisasi({ ...ref, ...pakai.isian })).toMatchObject({ ok: true });
    const sesudah = await lihat();
    expect(sesudah.realisasi).toMatchObject({ nilai: "7", narasi: "Termasuk susulan", sumberData: "Laporan bulanan" });
    expect(pakaiProgresHarian(sesudah.realisasi, 7).keadaan).toBe("SAMA");
    expect(await db.auditLog.count({ where: { aksi: "SIMPAN_REALISASI", aktorId: org.staff.id } })).toBe(2);
  });
});
