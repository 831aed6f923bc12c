import { beforeAll, describe, expect, test } from "vitest";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { sqlStatementCount } from "@/lib/server/query-count";
import { getPilihanProgres, getProgresRentang } from "@/lib/server/queries/progres-harian";
import { actAs } from "./helpers/session";
import { buildProgresOrg, type ProgresOrg } from "./progres-harian-fixtures";

let o: ProgresOrg;
beforeAll(async () => {
  o = await buildProgresOrg();
  const entri = (tanggal: string, jamMulai: number, jamSelesai: number, pegawaiId = o.staff.id) => ({ pegawaiId, skpId: o.skp.id, rencanaAksiId: o.raTw2.id, tanggal: fromIsoDate(tanggal), jamMulai, jamSelesai, kegiatan: "Kegiatan", realisasi: 1, satuan: "Berkas" });
  // hariKerja: 8 hours (full against the 7.5 target); kemarin: 2 hours (partly).
  await db.progresHarian.createMany({ data: [entri(o.hariKerja, 480, 720), entri(o.hariKerja, 780, 1020), entri(o.kemarin, 480, 600), entri(o.kemarin, 480, 600, o.staffLain.id)] });
});

async function hitung<T>(fn: () => Promise<T>): Promise<{ hasil: T; statements: number }> {
  const awal = sqlStatementCount();
  const hasil = await fn();
  return { hasil, statements: sqlStatementCount() - awal };
}

describe("the Hari, Minggu and Bulan views", () => {
  test("each day shows its hours and status from the instansi's holidays and the pegawai's marks; only the pegawai's own entries", async () => {
    // The same weekday as hariKerja, so both are working days: two weeks back a holiday, three a day of cuti.
    const libur = tambahHari(o.hariKerja, -14);
    const cuti = tambahHari(o.hariKerja, -21);
    await db.hariLibur.create({ data: { instansiId: o.instansi.id, tanggal: fromIsoDate(libur), nama: "Hari libur uji", jenis: "LIBUR_NASIONAL" } });
    await db.keteranganHari.create({ data: { pegawaiId: o.staff.id, tanggal: fromIsoDate(cuti), jenis: "CUTI" } });
    await actAs(o.staff.id);
    const actor = (await getActor())!;

    const { hasil: hari, statements } = await hitung(() => getProgresRentang(actor, "hari", o.hariKerja));
    expect(hari.entri.map((e) => e.jamMulai)).toEqual([480, 780]);
    expect(hari.hari).toEqual([{ tanggal: o.hariKerja, menit: 480, jumlah: 2, status: "PENUH", keterangan: null, libur: null }]);
    expect(statements).toBeLessThanOrEqual(4);

    const kemarin = (await getProgresRentang(actor, "minggu", o.kemarin)).hari.find((h) => h.tanggal === o.kemarin)!;
    expect(kemarin).toMatchObject({ menit: 120, jumlah: 1, status: "SEBAGIAN" });

    const { hasil: dua, statements: s2 } = await hitung(() => getProgresRentang(actor, "minggu", libur));
    expect(dua.hari.find((h) => h.tanggal === libur)).toMatchObject({ status: "LIBUR", libur: "Hari libur uji" });
    const tiga = await getProgresRentang(actor, "minggu", cuti);
    expect(tiga.hari.find((h) => h.tanggal === cuti)).toMatchObject({ status: "KETERANGAN", keterangan: "CUTI" });
    expect(s2).toBeLessThanOrEqual(4);
    const bulan = await getProgresRentang(actor, "bulan", o.hariKerja);
    expect(bulan.hari.length).toBeGreaterThanOrEqual(28);
    expect(bulan.awal.endsWith("-01")).toBe(true);
  });

  test("the form offers this periode's rencana aksi grouped by RHK, in three statements; none without an approved SKP", async () => {
    await actAs(o.staff.id);
    const { hasil, statements } = await hitung(async () => getPilihanProgres((await getActor())!, o.hariKerja));
    expect(hasil.periode?.label).toBe("Triwulan II");
    expect(hasil.rhk.find((r) => r.id === o.rhk.id)?.rencanaAksi.map((a) => a.teks)).toEqual(["Memverifikasi berkas usulan mutasi", "Menyusun rekap usulan"]);
    expect(statements).toBeLessThanOrEqual(4);
    await actAs(o.tanpaAtasan.id);
    expect(await getPilihanProgres((await getActor())!, o.hariKerja)).toMatchObject({ skp: null, rhk: [] });
  });
});
