import { beforeAll, describe, expect, test } from "vitest";
import { parseJam } from "@/lib/domain/hari-kerja";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { hapusKeteranganHari, tandaiKeteranganHari } from "@/lib/server/actions/keterangan-hari";
import { salinProgresHarian } from "@/lib/server/actions/progres-harian-salin";
import { db } from "@/lib/server/db";
import { actAs } from "./helpers/session";
import { buildProgresOrg, type ProgresOrg } from "./progres-harian-fixtures";

let o: ProgresOrg;
beforeAll(async () => {
  o = await buildProgresOrg();
  const entri = (jamMulai: string, jamSelesai: string, kegiatan: string) => ({
    pegawaiId: o.staff.id,
    skpId: o.skp.id,
    rencanaAksiId: o.raTw2.id,
    tanggal: fromIsoDate(o.kemarin),
    jamMulai: parseJam(jamMulai)!,
    jamSelesai: parseJam(jamSelesai)!,
    kegiatan,
    realisasi: 2,
    satuan: "Berkas",
  });
  await db.progresHarian.createMany({ data: [entri("08:00", "09:00", "Rapat pagi"), entri("09:00", "11:00", "Verifikasi berkas"), entri("13:00", "15:00", "Menyusun rekap")] });
  // The target day already holds 10.00–12.00, which the second entry would overlap.
  await db.progresHarian.create({ data: { ...entri("10:00", "12:00", "Sudah ada"), tanggal: fromIsoDate(o.hariKerja) } });
});

const kegiatanPada = async (tanggal: string) =>
  (await db.progresHarian.findMany({ where: { pegawaiId: o.staff.id, tanggal: fromIsoDate(tanggal) }, orderBy: { jamMulai: "asc" } })).map((e) => [e.kegiatan, e.status]);

describe("salin dari kemarin", () => {
  test("copies the previous working day's entries, skipping the one whose time is taken, and says how many", async () => {
    await actAs(o.staff.id);
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "kemarin" })).toEqual({ ok: true, data: { disalin: 2, dilewati: 1 } });
    expect(await kegiatanPada(o.hariKerja)).toEqual([["Rapat pagi", "MENUNGGU"], ["Sudah ada", "MENUNGGU"], ["Menyusun rekap", "MENUNGGU"]]);
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "kemarin" })).toEqual({ ok: true, data: { disalin: 0, dilewati: 3 } });
    expect(await db.auditLog.count({ where: { aksi: "SALIN_PROGRES_HARIAN", aktorId: o.staff.id } })).toBe(2);
  });

  test("another pegawai copying that day copies only their own entries (none)", async () => {
    await actAs(o.staffLain.id);
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "kemarin" })).toMatchObject({ ok: false, message: expect.stringContaining("Belum ada kegiatan") });
    expect(await db.progresHarian.count({ where: { pegawaiId: o.staffLain.id } })).toBe(0);
  });
});

describe("keterangan hari", () => {
  test("a day marked cuti is skipped by a copy; removing the mark lets the copy through", async () => {
    await actAs(o.staff.id);
    await db.progresHarian.deleteMany({ where: { pegawaiId: o.staff.id, tanggal: fromIsoDate(o.hariKerja) } });
    expect(await tandaiKeteranganHari({ tanggal: o.hariKerja, jenis: "CUTI", catatan: "Cuti tahunan" })).toMatchObject({ ok: true });
    expect(await tandaiKeteranganHari({ tanggal: o.hariKerja, jenis: "SAKIT", catatan: "" })).toMatchObject({ ok: true });
    expect(await db.keteranganHari.findMany({ where: { pegawaiId: o.staff.id }, select: { jenis: true } })).toEqual([{ jenis: "SAKIT" }]);
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "kemarin" })).toEqual({ ok: true, data: { disalin: 0, dilewati: 3 } });
    expect(await hapusKeteranganHari({ tanggal: o.hariKerja })).toMatchObject({ ok: true });
    expect(await hapusKeteranganHari({ tanggal: o.hariKerja })).toMatchObject({ ok: false, message: "Hari ini tidak bertanda keterangan." });
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "kemarin" })).toEqual({ ok: true, data: { disalin: 3, dilewati: 0 } });
  });

  test("an unknown kind is refused in Indonesian", async () => {
    await actAs(o.staff.id);
    expect(await tandaiKeteranganHari({ tanggal: o.hariKerja, jenis: "LIBUR" as "CUTI", catatan: "" })).toMatchObject({ ok: false, fieldErrors: { jenis: [expect.stringContaining("Pilih keterangan")] } });
  });
});

describe("salin minggu lalu", () => {
  test("each day of last week goes to the same weekday of this one; a second copy adds nothing", async () => {
    await actAs(o.staffLain.id);
    const mingguLalu = new Date(fromIsoDate(o.hariKerja).getTime() - 7 * 86_400_000);
    await db.progresHarian.create({ data: { pegawaiId: o.staffLain.id, skpId: o.skpLain.id, rencanaAksiId: o.raLain.id, tanggal: mingguLalu, jamMulai: 480, jamSelesai: 600, kegiatan: "Rapat mingguan", realisasi: 1, satuan: "Rapat" } });
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "minggu-lalu" })).toEqual({ ok: true, data: { disalin: 1, dilewati: 0 } });
    expect(await db.progresHarian.count({ where: { pegawaiId: o.staffLain.id, tanggal: fromIsoDate(o.hariKerja), kegiatan: "Rapat mingguan" } })).toBe(1);
    expect(await salinProgresHarian({ tanggal: o.hariKerja, dari: "minggu-lalu" })).toEqual({ ok: true, data: { disalin: 0, dilewati: 1 } });
  });
});
