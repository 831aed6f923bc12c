import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as unduhXlsx } from "@/app/api/admin/monitoring-progres-harian/xlsx/route";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { formatNip } from "@/lib/domain/nip";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getMonitoringProgres } from "@/lib/server/monitoring/progres-harian";
import { getRincianProgres } from "@/lib/server/monitoring/progres-harian-rincian";
import { buatMonitoringProgresXlsx } from "@/lib/server/monitoring/progres-harian-xlsx";
import { sqlStatementCount } from "@/lib/server/query-count";
import { actAs } from "./helpers/session";
import { buildProgresOrg, type ProgresOrg } from "./progres-harian-fixtures";

// Wednesday 18 March 2026: this week is Mon 16 – Wed 18, this month 1 – 18 March (1 March is a Sunday).
const HARI_INI = "2026-03-18";
let o: ProgresOrg;
let seksiA: { id: string };
let seksiA1: { id: string };

async function sebagai(id: string): Promise<Actor> {
  await actAs(id);
  return (await getActor())!;
}

async function hitung<T>(fn: () => Promise<T>): Promise<{ hasil: T; statements: number }> {
  const awal = sqlStatementCount();
  const hasil = await fn();
  return { hasil, statements: sqlStatementCount() - awal };
}

/**
 * Subbidang Mutasi › Seksi A › Seksi A1. Langsung di Subbidang Mutasi: kabid, atasan, staff,
 * admin; Seksi A: tanpaAtasan (and an inactive pegawai); Seksi A1: staffLain. 17 March is a
 * holiday of the instansi, staffLain is on cuti on 18 March, the other instansi has a holiday
 * on 16 March.
 */
beforeAll(async () => {
  o = await buildProgresOrg();
  seksiA = await db.unitKerja.create({ data: { instansiId: o.instansi.id, nama: "Seksi A", parentId: o.unit.id } });
  seksiA1 = await db.unitKerja.create({ data: { instansiId: o.instansi.id, nama: "Seksi A1", parentId: seksiA.id } });
  await db.pegawai.update({ where: { id: o.tanpaAtasan.id }, data: { unitId: seksiA.id } });
  await db.pegawai.update({ where: { id: o.staffLain.id }, data: { unitId: seksiA1.id } });
  const nonaktif = await db.pegawai.create({
    data: { instansiId: o.instansi.id, unitId: seksiA.id, nip: "199001012015019999", nama: "Pensiun Uji", jenisJabatan: "PELAKSANA", jabatan: "Pelaksana", pangkat: "Penata Muda", golongan: "III/a", roles: ["PEGAWAI"], passwordHash: "x", aktif: false },
  });
  await db.hariLibur.create({ data: { instansiId: o.instansi.id, tanggal: fromIsoDate("2026-03-17"), nama: "Hari Raya Nyepi", jenis: "LIBUR_NASIONAL" } });
  const lain = await db.pegawai.findUniqueOrThrow({ where: { id: o.adminLain.id } });
  await db.hariLibur.create({ data: { instansiId: lain.instansiId, tanggal: fromIsoDate("2026-03-16"), nama: "Libur daerah", jenis: "LIBUR_NASIONAL" } });
  await db.keteranganHari.create({ data: { pegawaiId: o.staffLain.id, tanggal: fromIsoDate("2026-03-18"), jenis: "CUTI" } });
  const entri = (pegawaiId: string, tanggal: string) => ({ pegawaiId, skpId: o.skp.id, rencanaAksiId: o.raTw2.id, tanggal: fromIsoDate(tanggal), jamMulai: 480, jamSelesai: 540, kegiatan: "Kegiatan", realisasi: 1, satuan: "Berkas" });
  await db.progresHarian.createMany({
    data: [
      // Two entries on one day count once; a Saturday counts only in a six-day week.
      ...["2026-03-16", "2026-03-16", "2026-03-18", "2026-03-02", "2026-03-14"].map((t) => entri(o.staff.id, t)),
      // 18 March is her day of cuti: not required, so its entry does not count either.
      ...["2026-03-16", "2026-03-18", "2026-03-12"].map((t) => entri(o.staffLain.id, t)),
      // 17 March is a holiday.
      ...["2026-03-17", "2026-03-18"].map((t) => entri(o.tanpaAtasan.id, t)),
      ...["2026-03-16", "2026-03-18"].map((t) => entri(nonaktif.id, t)),
      entri(o.adminLain.id, "2026-03-16"),
    ],
  });
});

const hari = (terisi: number, wajib: number) => ({ terisi, wajib });

describe("Monitoring Progres Harian", () => {
  test("each unit counts its subtree's required and filled days, without holidays, cuti or inactive pegawai, in three statements", async () => {
    const admin = await sebagai(o.admin.id);
    const { hasil, statements } = await hitung(() => getMonitoringProgres(admin, { hariIni: HARI_INI }));
    expect(statements).toBeLessThanOrEqual(3);
    expect(hasil.jejak.map((u) => u.nama)).toEqual(["Subbidang Mutasi"]);
    expect(hasil.rentang).toMatchObject({ minggu: "2026-03-16", bulan: "2026-03-01" });
    // 12 working days this month (13 weekdays minus Nyepi), 2 this week.
    expect(hasil.baris.map((b) => [b.nama, b.pegawai, b.minggu, b.bulan])).toEqual([
      ["Langsung di Subbidang Mutasi", 4, hari(2, 8), hari(3, 48)],
      ["Seksi A", 2, hari(2, 3), hari(3, 23)],
    ]);
    expect(hasil.total).toEqual({ pegawai: 6, minggu: hari(4, 11), bulan: hari(6, 71) });
  });

  test("one level down, Seksi A splits into its own pegawai and Seksi A1", async () => {
    const admin = await sebagai(o.admin.id);
    const hasil = await getMonitoringProgres(admin, { unit: seksiA.id, hariIni: HARI_INI });
    expect(hasil.jejak.map((u) => u.nama)).toEqual(["Subbidang Mutasi", "Seksi A"]);
    expect(hasil.baris.map((b) => [b.nama, b.minggu, b.bulan])).toEqual([
      ["Langsung di Seksi A", hari(1, 2), hari(1, 12)],
      ["Seksi A1", hari(1, 1), hari(2, 11)],
    ]);
    expect(hasil.total).toMatchObject({ pegawai: 2, minggu: hari(2, 3), bulan: hari(3, 23) });
  });

  test("the names of a unit with everything below it, least filled first, in two statements", async () => {
    const admin = await sebagai(o.admin.id);
    const { hasil, statements } = await hitung(() => getRincianProgres(admin, { unit: o.unit.id, bawahan: true, page: 1, hariIni: HARI_INI }));
    expect(statements).toBeLessThanOrEqual(2);
    expect(hasil.baris.map((b) => [b.nama, b.minggu, b.bulan])).toEqual([
      ["Admin Uji", hari(0, 2), hari(0, 12)],
      ["Atasan Uji", hari(0, 2), hari(0, 12)],
      ["Kabid Uji", hari(0, 2), hari(0, 12)],
      ["Tanpa Atasan", hari(1, 2), hari(1, 12)],
      ["Staff Lain", hari(1, 1), hari(2, 11)],
      ["Staff Uji", hari(2, 2), hari(3, 12)],
    ]);
    expect(hasil).toMatchObject({ unit: "Subbidang Mutasi", unitInduk: null, total: 6, pageCount: 1 });
    const langsung = await getRincianProgres(admin, { unit: seksiA.id, page: 1, hariIni: HARI_INI });
    expect(langsung.baris.map((b) => b.nama)).toEqual(["Tanpa Atasan"]);
    expect(langsung.unitInduk).toBe(seksiA.id);
  });

  test("another instansi sees only its own pegawai and holidays, and none of this instansi's units", async () => {
    const lain = await sebagai(o.adminLain.id);
    const hasil = await getMonitoringProgres(lain, { hariIni: HARI_INI });
    // Its own holiday is 16 March (its entry then does not count), not 17 March: 17 and 18 are required, unfilled.
    expect(hasil.total).toEqual({ pegawai: 1, minggu: hari(0, 2), bulan: hari(0, 12) });
    expect(hasil.baris.map((b) => b.nama)).toEqual(["(Unit kerja belum diatur)"]);
    await expect(getMonitoringProgres(lain, { unit: o.unit.id })).rejects.toThrow(NotFoundError);
    await expect(getRincianProgres(lain, { unit: seksiA.id, bawahan: true, page: 1 })).rejects.toThrow(NotFoundError);
  });

  test("a pegawai or atasan is refused", async () => {
    for (const id of [o.staff.id, o.atasan.id]) {
      const actor = await sebagai(id);
      await expect(getMonitoringProgres(actor, {})).rejects.toThrow(ForbiddenError);
      await expect(getRincianProgres(actor, { unit: o.unit.id, page: 1 })).rejects.toThrow(ForbiddenError);
    }
  });

  test("the XLSX holds the level's rows with a total and every name, with a header, autofilter and fitted widths", async () => {
    const admin = await sebagai(o.admin.id);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await buatMonitoringProgresXlsx(admin, { hariIni: HARI_INI })).buffer);
    const rows = (sheet: ExcelJS.Worksheet) => {
      const hasil: unknown[][] = [];
      sheet.eachRow((row) => hasil.push((row.values as unknown[]).slice(1)));
      return hasil;
    };
    const unit = workbook.getWorksheet("Unit kerja")!;
    expect(rows(unit)).toEqual([
      ["Unit kerja", "Pegawai", "Terisi minggu ini", "Wajib minggu ini", "% minggu ini", "Terisi bulan ini", "Wajib bulan ini", "% bulan ini"],
      ["Langsung di Subbidang Mutasi", 4, 2, 8, 25, 3, 48, 6],
      ["Seksi A", 2, 2, 3, 66, 3, 23, 13],
      ["Jumlah", 6, 4, 11, 36, 6, 71, 8],
    ]);
    expect(unit.autoFilter).toBeTruthy();
    expect(unit.getColumn(1).width).toBe("Langsung di Subbidang Mutasi".length + 2);
    const pegawai = rows(workbook.getWorksheet("Pegawai")!);
    expect(pegawai[0]?.slice(0, 4)).toEqual(["NIP", "Nama", "Jabatan", "Unit kerja"]);
    expect(pegawai.at(-1)?.slice(0, 2)).toEqual([formatNip(o.staff.nip), "Staff Uji"]);
    expect(pegawai.at(-1)?.slice(4)).toEqual([2, 2, 100, 3, 12, 25]);
    expect(pegawai).toHaveLength(7);
  });

  test("the XLSX route refuses the signed-out, a non-admin, and another instansi's unit", async () => {
    const request = (query = "") => new NextRequest(`http://localhost/api/admin/monitoring-progres-harian/xlsx${query}`);
    await actAs(null);
    expect((await unduhXlsx(request())).status).toBe(401);
    await sebagai(o.staff.id);
    expect((await unduhXlsx(request())).status).toBe(403);
    await sebagai(o.adminLain.id);
    expect((await unduhXlsx(request(`?unit=${o.unit.id}`))).status).toBe(404);
    await sebagai(o.admin.id);
    const response = await unduhXlsx(request(`?unit=${seksiA.id}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("monitoring-progres-harian.xlsx");
  });

  // Last: it changes the instansi's pattern.
  test("in a six-day week Saturdays are required and their entries count", async () => {
    const admin = await sebagai(o.admin.id);
    const limaHari = await getMonitoringProgres(admin, { hariIni: HARI_INI });
    await db.instansi.update({ where: { id: o.instansi.id }, data: { hariKerjaPerMinggu: 6 } });
    // The counts are shared for 15 seconds: until then every admin sees the same ones, then they are taken again.
    expect((await getMonitoringProgres(admin, { hariIni: HARI_INI })).total).toEqual(limaHari.total);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16_000);
    const hasil = await getMonitoringProgres(admin, { hariIni: HARI_INI }).finally(() => vi.useRealTimers());
    // Saturdays 7 and 14 March: 14 working days a pegawai; the week (16 – 18) is unchanged.
    expect(hasil.baris.map((b) => [b.nama, b.minggu, b.bulan])).toEqual([
      ["Langsung di Subbidang Mutasi", hari(2, 8), hari(4, 56)],
      ["Seksi A", hari(2, 3), hari(3, 27)],
    ]);
    expect(hasil.total).toMatchObject({ minggu: hari(4, 11), bulan: hari(7, 83) });
  });
});
