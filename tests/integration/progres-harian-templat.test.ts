import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { hariDalamMinggu } from "@/lib/domain/hari-kerja";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { deleteTemplatKegiatan, saveTemplatKegiatan, terapkanTemplat } from "@/lib/server/actions/templat-kegiatan";
import type { TemplatKegiatanSaveInput } from "@/lib/schemas/progres-harian";
import { db } from "@/lib/server/db";
import { actAs } from "./helpers/session";
import { buildProgresOrg, type ProgresOrg } from "./progres-harian-fixtures";

let o: ProgresOrg;
beforeAll(async () => {
  o = await buildProgresOrg();
});

const templat = (overrides: Record<string, string> = {}): TemplatKegiatanSaveInput => ({
  nama: "Apel pagi",
  hari: String(hariDalamMinggu(o.hariKerja)),
  jamMulai: "07:30",
  jamSelesai: "08:00",
  kegiatan: "Mengikuti apel pagi",
  rencanaAksiId: o.raTw2.id,
  realisasi: "1",
  satuan: "Kegiatan",
  ...overrides,
}) as TemplatKegiatanSaveInput;

describe("templat kegiatan", () => {
  test("the pegawai saves templates for a weekday and fills the day from them, skipping what does not fit", async () => {
    await actAs(o.staff.id);
    expect(await saveTemplatKegiatan(templat())).toMatchObject({ ok: true });
    expect(await saveTemplatKegiatan(templat({ nama: "Rekap", jamMulai: "15:00", jamSelesai: "16:00", kegiatan: "Menyusun rekap harian", rencanaAksiId: o.raTw2b.id }))).toMatchObject({ ok: true });
    expect(await saveTemplatKegiatan(templat({ nama: "Lama", jamMulai: "10:00", jamSelesai: "11:00", kegiatan: "Rencana triwulan lalu", rencanaAksiId: o.raTw1.id }))).toMatchObject({ ok: true });
    expect(await saveTemplatKegiatan(templat({ nama: "Hari lain", hari: "", jamMulai: "12:00", jamSelesai: "12:30", kegiatan: "Untuk hari apa saja" }))).toMatchObject({ ok: true });
    const hariLain = hariDalamMinggu(o.hariKerja) === 1 ? "2" : "1";
    expect(await saveTemplatKegiatan(templat({ nama: "Hari lain saja", hari: hariLain, jamMulai: "13:00", jamSelesai: "13:30", kegiatan: "Hanya pada hari lain" }))).toMatchObject({ ok: true });

    // The weekday's and the every-day templates; the one of last triwulan is counted apart.
    expect(await terapkanTemplat({ tanggal: o.hariKerja })).toEqual({ ok: true, data: { disalin: 3, dilewati: 1, bedaPeriode: 1 } });
    const rows = await db.progresHarian.findMany({ where: { pegawaiId: o.staff.id, tanggal: fromIsoDate(o.hariKerja) }, orderBy: { jamMulai: "asc" } });
    expect(rows.map((r) => [r.kegiatan, r.jamMulai, r.status])).toEqual([["Mengikuti apel pagi", 450, "MENUNGGU"], ["Untuk hari apa saja", 720, "MENUNGGU"], ["Menyusun rekap harian", 900, "MENUNGGU"]]);
    expect(await terapkanTemplat({ tanggal: o.hariKerja })).toEqual({ ok: true, data: { disalin: 0, dilewati: 4, bedaPeriode: 1 } });
  });

  test("the pegawai changes a template, picking a rencana aksi of this periode for last triwulan's, and deletes one; both audited", async () => {
    await actAs(o.staff.id);
    const lama = await db.templatKegiatan.findFirstOrThrow({ where: { pegawaiId: o.staff.id, nama: "Lama" } });
    const ubah = templat({ templatId: lama.id, nama: "Rapat rutin", hari: "", jamMulai: "10:30", jamSelesai: "11:15", kegiatan: "Rapat rutin bidang", rencanaAksiId: o.raTw2b.id, realisasi: "2", satuan: "Rapat" });
    expect(await saveTemplatKegiatan(ubah)).toEqual({ ok: true, data: { id: lama.id } });
    expect(await db.templatKegiatan.findUniqueOrThrow({ where: { id: lama.id } })).toMatchObject({ nama: "Rapat rutin", hari: null, jamMulai: 630, jamSelesai: 675, kegiatan: "Rapat rutin bidang", rencanaAksiId: o.raTw2b.id, realisasi: 2, satuan: "Rapat" });
    expect(await db.auditLog.count({ where: { aksi: "SIMPAN_TEMPLAT_KEGIATAN", entitasId: lama.id } })).toBe(2);
    // Now of this periode, it is added like the others (its time is free).
    expect(await terapkanTemplat({ tanggal: o.hariKerja })).toEqual({ ok: true, data: { disalin: 1, dilewati: 3, bedaPeriode: 0 } });

    expect(await deleteTemplatKegiatan({ templatId: lama.id })).toMatchObject({ ok: true });
    expect(await db.templatKegiatan.findUnique({ where: { id: lama.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { aksi: "HAPUS_TEMPLAT_KEGIATAN", entitasId: lama.id } })).toBe(1);
    expect(await db.progresHarian.count({ where: { pegawaiId: o.staff.id, kegiatan: "Rapat rutin bidang" } })).toBe(1);
  });

  test("a rencana aksi of another pegawai is refused; another pegawai can neither change nor delete the template", async () => {
    await actAs(o.staff.id);
    expect(await saveTemplatKegiatan(templat({ rencanaAksiId: o.raLain.id }))).toMatchObject({ ok: false, fieldErrors: { rencanaAksiId: ["Pilih rencana aksi dari SKP Anda."] } });
    const milik = await db.templatKegiatan.findFirstOrThrow({ where: { pegawaiId: o.staff.id } });
    for (const id of [o.staffLain.id, o.atasan.id, o.admin.id]) {
      await actAs(id);
      expect(await saveTemplatKegiatan(templat({ templatId: milik.id, rencanaAksiId: "" }))).toMatchObject({ ok: false, message: "Templat tidak ditemukan." });
      expect(await deleteTemplatKegiatan({ templatId: milik.id })).toMatchObject({ ok: false, message: "Templat tidak ditemukan." });
    }
    expect(await db.templatKegiatan.findUniqueOrThrow({ where: { id: milik.id } })).toEqual(milik);
    await actAs(o.staff.id);
    expect(await deleteTemplatKegiatan({ templatId: milik.id })).toMatchObject({ ok: true });
    expect(await deleteTemplatKegiatan({ templatId: randomUUID() })).toMatchObject({ ok: false });
  });

  test("a day with no template, or a pegawai without an approved SKP, gets a message", async () => {
    await actAs(o.staffLain.id);
    expect(await terapkanTemplat({ tanggal: o.hariKerja })).toMatchObject({ ok: false, message: expect.stringContaining("Belum ada templat") });
  });
});
