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
    expect(await saveTemplatKegiatan(templat({ nama: "Hari lain", hari: "", kegiatan: "Untuk hari apa saja" }))).toMatchObject({ ok: true });

    expect(await terapkanTemplat({ tanggal: o.hariKerja })).toEqual({ ok: true, data: { disalin: 2, dilewati: 1 } });
    const rows = await db.progresHarian.findMany({ where: { pegawaiId: o.staff.id, tanggal: fromIsoDate(o.hariKerja) }, orderBy: { jamMulai: "asc" } });
    expect(rows.map((r) => [r.kegiatan, r.jamMulai, r.status])).toEqual([["Mengikuti apel pagi", 450, "MENUNGGU"], ["Menyusun rekap harian", 900, "MENUNGGU"]]);
    expect(await terapkanTemplat({ tanggal: o.hariKerja })).toEqual({ ok: true, data: { disalin: 0, dilewati: 3 } });
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
