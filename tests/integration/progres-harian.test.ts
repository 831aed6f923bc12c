import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { PESAN_TANGGAL_MASA_DEPAN, PESAN_TANPA_SKP } from "@/lib/domain/progres-harian";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { deleteProgresHarian, saveProgresHarian } from "@/lib/server/actions/progres-harian";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { sqlStatementCount } from "@/lib/server/query-count";
import { getProgresRentang } from "@/lib/server/queries/progres-harian";
import { actAs } from "./helpers/session";
import { hariKe, isoHariKe } from "./pelaksanaan-fixtures";
import { buildProgresOrg, entriInput, type ProgresOrg } from "./progres-harian-fixtures";

let o: ProgresOrg;
beforeAll(async () => {
  o = await buildProgresOrg();
});

const entriStaff = () => db.progresHarian.findMany({ where: { pegawaiId: o.staff.id }, orderBy: { jamMulai: "asc" } });

describe("adding an entry", () => {
  test("the pegawai adds an entry to their rencana aksi; it counts towards the RHK's kuantitas indikator and is audited", async () => {
    await actAs(o.staff.id);
    const result = await saveProgresHarian(entriInput(o));
    expect(result).toMatchObject({ ok: true });
    const [row] = await entriStaff();
    expect(row).toMatchObject({ jamMulai: 480, jamSelesai: 570, realisasi: 5, satuan: "Berkas", status: "MENUNGGU", skpId: o.skp.id, indikatorId: o.rhk.indikator.find((i) => i.aspek === "KUANTITAS")!.id, tautanBukti: null });
    const audit = await db.auditLog.findFirst({ where: { aksi: "TAMBAH_PROGRES_HARIAN", entitasId: row!.id } });
    expect(audit?.aktorId).toBe(o.staff.id);
  });

  test("overlapping times on the same day are refused at jam mulai; touching times are fine", async () => {
    await actAs(o.staff.id);
    const bentrok = await saveProgresHarian(entriInput(o, { jamMulai: "09:00", jamSelesai: "10:00" }));
    expect(bentrok).toMatchObject({ ok: false, fieldErrors: { jamMulai: [expect.stringContaining("bertumpuk dengan kegiatan 08.00–09.30")] } });
    expect(await saveProgresHarian(entriInput(o, { jamMulai: "09:30", jamSelesai: "10:00", rencanaAksiId: o.raTw2b.id }))).toMatchObject({ ok: true });
    expect(await entriStaff()).toHaveLength(2);
  });

  test("jam selesai must come after jam mulai; realisasi is a whole number; the link must be http(s)", async () => {
    await actAs(o.staff.id);
    const result = await saveProgresHarian(entriInput(o, { jamMulai: "14:00", jamSelesai: "13:00", realisasi: "2,5", tautanBukti: "javascript:alert(1)" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        jamSelesai: ["Jam selesai harus setelah jam mulai."],
        realisasi: ["Realisasi berupa bilangan bulat 0 atau lebih, misalnya 3."],
        tautanBukti: [expect.stringContaining("http")],
      },
    });
  });

  test("a future date, a date no approved SKP covers, and a pegawai without an approved SKP are refused at tanggal", async () => {
    await actAs(o.staff.id);
    expect(await saveProgresHarian(entriInput(o, { tanggal: isoHariKe(1) }))).toMatchObject({ ok: false, fieldErrors: { tanggal: [PESAN_TANGGAL_MASA_DEPAN] } });
    expect(await saveProgresHarian(entriInput(o, { tanggal: isoHariKe(-130) }))).toMatchObject({ ok: false, fieldErrors: { tanggal: [PESAN_TANPA_SKP] } });
    await actAs(o.tanpaAtasan.id);
    const tanpa = await saveProgresHarian(entriInput(o));
    expect(tanpa).toMatchObject({ ok: false, fieldErrors: { tanggal: [PESAN_TANPA_SKP] } });
    expect(tanpa.ok ? "" : tanpa.message).toContain("menu SKP");
  });

  test("a day of a closed periode is refused until the admin reopens it for the pegawai", async () => {
    await actAs(o.staff.id);
    const hari = isoHariKe(-40);
    const tutup = await saveProgresHarian(entriInput(o, { tanggal: hari, rencanaAksiId: o.raTw1.id }));
    expect(tutup).toMatchObject({ ok: false, fieldErrors: { tanggal: [expect.stringContaining("Batas pengisian Triwulan I sudah lewat")] } });
    await db.penilaian.create({ data: { skpId: o.skp.id, periodeId: o.tw1.id, pengisianDibukaHingga: hariKe(3) } });
    expect(await saveProgresHarian(entriInput(o, { tanggal: hari, rencanaAksiId: o.raTw1.id }))).toMatchObject({ ok: true });
    await db.progresHarian.deleteMany({ where: { pegawaiId: o.staff.id, tanggal: fromIsoDate(hari) } });
  });

  test("a rencana aksi of another periode or of another pegawai, or an indikator of another RHK, is refused at its field", async () => {
    await actAs(o.staff.id);
    const lain = { jamMulai: "15:00", jamSelesai: "16:00" };
    expect(await saveProgresHarian(entriInput(o, { ...lain, rencanaAksiId: o.raTw1.id }))).toMatchObject({ ok: false, fieldErrors: { rencanaAksiId: [expect.stringContaining("Triwulan II")] } });
    expect(await saveProgresHarian(entriInput(o, { ...lain, rencanaAksiId: o.raLain.id }))).toMatchObject({ ok: false, fieldErrors: { rencanaAksiId: [expect.any(String)] } });
    const tambahan = o.skp.rhk.find((r) => r.jenis === "TAMBAHAN")!.indikator[0]!.id;
    expect(await saveProgresHarian(entriInput(o, { ...lain, indikatorId: tambahan }))).toMatchObject({ ok: false, fieldErrors: { indikatorId: ["Pilih indikator dari RHK rencana aksi ini."] } });
  });
});

describe("editing and deleting", () => {
  test("fixing an entry the atasan returned sends it back for verification; a stale version is refused", async () => {
    await actAs(o.staff.id);
    const [row] = await entriStaff();
    await db.progresHarian.update({ where: { id: row!.id }, data: { status: "PERLU_PERBAIKAN", catatanVerifikasi: "Lampirkan bukti", diverifikasiOlehId: o.atasan.id, diverifikasiPada: new Date() } });
    const ubah = entriInput(o, { progresId: row!.id, kegiatan: "Memverifikasi 6 berkas usulan mutasi", tautanBukti: "https://drive.go.id/bukti" });
    expect(await saveProgresHarian({ ...ubah, version: row!.version })).toMatchObject({ ok: true });
    const after = await db.progresHarian.findUniqueOrThrow({ where: { id: row!.id } });
    expect(after).toMatchObject({ status: "MENUNGGU", catatanVerifikasi: null, diverifikasiOlehId: null, diverifikasiPada: null, version: row!.version + 1, tautanBukti: "https://drive.go.id/bukti" });
    expect(await saveProgresHarian({ ...ubah, version: row!.version })).toMatchObject({ ok: false, message: expect.stringContaining("Muat ulang") });
  });

  test("another pegawai, the atasan and the admin can neither edit nor delete the entry", async () => {
    const [row] = await entriStaff();
    for (const id of [o.staffLain.id, o.atasan.id, o.admin.id, o.adminLain.id]) {
      await actAs(id);
      expect(await saveProgresHarian({ ...entriInput(o, { progresId: row!.id, kegiatan: "Diubah orang lain" }), version: row!.version })).toMatchObject({ ok: false, message: "Progres harian tidak ditemukan." });
      expect(await deleteProgresHarian({ progresId: row!.id, version: row!.version })).toMatchObject({ ok: false, message: "Progres harian tidak ditemukan." });
    }
    expect(await db.progresHarian.findUniqueOrThrow({ where: { id: row!.id } })).toEqual(row);
    await actAs(null);
    expect(await deleteProgresHarian({ progresId: row!.id, version: row!.version })).toMatchObject({ ok: false });
  });

  test("the owner deletes an entry, which is audited; an unknown id is not found", async () => {
    await actAs(o.staff.id);
    const rows = await entriStaff();
    const last = rows[rows.length - 1]!;
    expect(await deleteProgresHarian({ progresId: last.id, version: last.version })).toMatchObject({ ok: true });
    expect(await entriStaff()).toHaveLength(rows.length - 1);
    expect(await db.auditLog.count({ where: { aksi: "HAPUS_PROGRES_HARIAN", entitasId: last.id } })).toBe(1);
    expect(await deleteProgresHarian({ progresId: randomUUID(), version: 1 })).toMatchObject({ ok: false, message: "Progres harian tidak ditemukan." });
  });
});

describe("the rencana aksi behind entries", () => {
  test("deleting a rencana aksi that entries use is refused with what to do, not a server error", async () => {
    await actAs(o.staff.id);
    const { deleteRencanaAksi } = await import("@/lib/server/actions/rencana-aksi");
    const result = await deleteRencanaAksi({ skpId: o.skp.id, periodeId: o.tw2.id, rencanaAksiId: o.raTw2.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("dipakai oleh 1 progres harian") });
  });
});

describe("the answer the day view puts on the page", () => {
  test("adding returns the entry exactly as the day view lists it, in 8 statements; an edit returns its new version", async () => {
    await actAs(o.staff.id);
    const awal = sqlStatementCount();
    const result = await saveProgresHarian(entriInput(o, { jamMulai: "16:00", jamSelesai: "16:30", kegiatan: "Menyusun laporan harian" }));
    const statements = sqlStatementCount() - awal;
    expect(result.ok).toBe(true);
    const hari = await getProgresRentang((await getActor())!, "hari", o.hariKerja);
    const dilihat = hari.entri.find((e) => e.kegiatan === "Menyusun laporan harian");
    expect(result.ok && result.data).toEqual(dilihat);
    expect(statements).toBeLessThanOrEqual(8);

    const ubah = await saveProgresHarian({ ...entriInput(o, { jamMulai: "16:00", jamSelesai: "16:45", kegiatan: "Menyusun laporan harian" }), progresId: dilihat!.id, version: dilihat!.version });
    const sesudah = (await getProgresRentang((await getActor())!, "hari", o.hariKerja)).entri.find((e) => e.id === dilihat!.id);
    expect(ubah.ok && ubah.data).toEqual(sesudah);
    expect(sesudah).toMatchObject({ jamSelesai: 1005, version: dilihat!.version + 1 });
  });
});
