import { actAs } from "./helpers/session";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import {
  createPeriode,
  createTahun,
  deletePeriode,
  generatePeriodeStandar,
  setTahunTerbuka,
  updatePeriode,
} from "@/lib/server/actions/admin-periode";
import { updatePengaturan } from "@/lib/server/actions/admin-pengaturan";
import { listTahunPeriode } from "@/lib/server/queries/admin-periode";
import { getActor } from "@/lib/server/auth";
import { DEMO_ACCOUNTS, type DemoAccountLabel } from "@/prisma/seed/demo-accounts";
import { seedDemo } from "@/prisma/seed/demo";

let bandungId: string;
let garutTahunId: string;
let garutPeriodeId: string;

beforeAll(async () => {
  await seedDemo(db);
  bandungId = (await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-BDG" } })).id;
  const garut = await db.tahun.findFirstOrThrow({ where: { instansi: { kode: "BKPSDM-GRT" } }, include: { periode: true } });
  garutTahunId = garut.id;
  garutPeriodeId = garut.periode[0]!.id;
});

async function signIn(label: DemoAccountLabel) {
  const { id } = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS[label].nip } });
  await actAs(id);
}

const auditCount = (aksi: string) => db.auditLog.count({ where: { aksi, instansiId: bandungId } });

describe("Tahun", () => {
  it("adds a year once, opens and closes it, with an audit row each time", async () => {
    await signIn("admin");
    const created = await createTahun({ tahun: 2030 });
    expect(created.ok).toBe(true);
    expect(await createTahun({ tahun: 2030 })).toMatchObject({ ok: false, fieldErrors: { tahun: ["Tahun 2030 sudah ada."] } });
    if (!created.ok) return;

    expect((await setTahunTerbuka({ tahunId: created.data.id, terbuka: false })).ok).toBe(true);
    expect(await db.tahun.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ terbuka: false, instansiId: bandungId });
    expect(await auditCount("TAMBAH_TAHUN")).toBe(1);
    expect(await auditCount("TUTUP_TAHUN")).toBe(1);
  });

  it("says what is wrong with a year that is not a number", async () => {
    await signIn("admin");
    expect(await createTahun({ tahun: Number.NaN })).toMatchObject({
      ok: false,
      fieldErrors: { tahun: ["Isi tahun dengan angka, misalnya 2027."] },
    });
  });

  it("refuses a pegawai who is not an admin", async () => {
    await signIn("staff");
    expect(await createTahun({ tahun: 2031 })).toEqual({ ok: false, message: "Halaman ini hanya untuk admin instansi." });
    expect(await db.tahun.count({ where: { tahun: 2031 } })).toBe(0);
  });
});

describe("Periode penilaian", () => {
  it("generates the standard triwulan and bulanan sets, skipping what exists", async () => {
    await signIn("admin");
    const tahun = await createTahun({ tahun: 2032 });
    if (!tahun.ok) throw new Error("tahun");
    const tahunId = tahun.data.id;
    expect(await generatePeriodeStandar({ tahunId, jenis: "TRIWULAN" })).toEqual({ ok: true, data: { dibuat: 5, dilewati: 0 } });
    expect(await generatePeriodeStandar({ tahunId, jenis: "TRIWULAN" })).toEqual({ ok: true, data: { dibuat: 0, dilewati: 5 } });
    expect(await generatePeriodeStandar({ tahunId, jenis: "BULANAN" })).toMatchObject({ ok: true, data: { dibuat: 12 } });

    const actor = (await getActor())!;
    const list = (await listTahunPeriode(actor)).find((t) => t.tahun === 2032)!;
    expect(list.periode.map((p) => p.label)).toEqual([
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
      "Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Tahunan",
    ]);
  });

  it("adds, edits and deletes one periode; checks dates, the year and uniqueness", async () => {
    await signIn("admin");
    const tahun = await createTahun({ tahun: 2033 });
    if (!tahun.ok) throw new Error("tahun");
    const tahunId = tahun.data.id;
    const tw1 = { jenis: "TRIWULAN" as const, urutan: 1, awal: "2033-01-01", akhir: "2033-03-31", batasPengisian: "2033-04-10" };

    const created = await createPeriode({ tahunId, ...tw1 });
    expect(created.ok).toBe(true);
    expect(await createPeriode({ tahunId, ...tw1 })).toMatchObject({ ok: false, fieldErrors: { urutan: ["Periode Triwulan I sudah ada di tahun ini."] } });
    expect(await createPeriode({ tahunId, ...tw1, urutan: 2, akhir: "2032-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { akhir: ["Tanggal akhir tidak boleh sebelum tanggal awal."] },
    });
    expect(await createPeriode({ tahunId, ...tw1, urutan: 2, batasPengisian: "2033-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { batasPengisian: ["Batas pengisian tidak boleh sebelum tanggal akhir periode."] },
    });
    expect(await createPeriode({ tahunId, ...tw1, urutan: 2, awal: "2034-01-01", akhir: "2034-02-01", batasPengisian: "2034-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { awal: ["Tanggal awal harus di dalam tahun 2033."] },
    });
    expect(await createPeriode({ tahunId, ...tw1, urutan: 2, batasPengisian: "2034-01-05" })).toMatchObject({
      ok: false,
      fieldErrors: { batasPengisian: [expect.stringContaining("hanya periode yang berakhir di bulan Desember")] },
    });
    // The tahunan batas pengisian may fall in January of the next year.
    expect(
      (await createPeriode({ tahunId, jenis: "TAHUNAN", urutan: 1, awal: "2033-01-01", akhir: "2033-12-31", batasPengisian: "2034-01-31" })).ok,
    ).toBe(true);
    expect(await createPeriode({ tahunId, ...tw1, jenis: "TAHUNAN", urutan: 2 })).toMatchObject({
      ok: false,
      fieldErrors: { urutan: ["Periode tahunan hanya satu (urutan 1)."] },
    });
    if (!created.ok) return;

    expect((await updatePeriode({ periodeId: created.data.id, ...tw1, batasPengisian: "2033-04-15" })).ok).toBe(true);
    const saved = await db.periodePenilaian.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(saved.batasPengisian.toISOString().slice(0, 10)).toBe("2033-04-15");
    expect((await deletePeriode({ periodeId: created.data.id })).ok).toBe(true);
    expect(await db.periodePenilaian.count({ where: { id: created.data.id } })).toBe(0);
    expect(await auditCount("HAPUS_PERIODE")).toBe(1);
  });

  it("refuses to delete a periode that already has penilaian, saying why", async () => {
    await signIn("admin");
    const periode = await db.periodePenilaian.findFirstOrThrow({ where: { tahun: { instansiId: bandungId }, jenis: "TRIWULAN", urutan: 1 }, include: { tahun: true } });
    const pegawai = await db.pegawai.findUniqueOrThrow({ where: { nip: DEMO_ACCOUNTS.staff.nip } });
    const skp = await db.skp.create({
      data: { pegawaiId: pegawai.id, tahunId: periode.tahunId, periodeAwal: periode.awal, periodeAkhir: periode.akhir, pendekatan: "KUANTITATIF", layout: "STANDAR", snapshot: {} },
    });
    await db.penilaian.create({ data: { skpId: skp.id, periodeId: periode.id } });
    expect(await deletePeriode({ periodeId: periode.id })).toEqual({
      ok: false,
      message: `Periode Triwulan I ${periode.tahun.tahun} tidak dapat dihapus karena sudah berisi penilaian atau realisasi pegawai. Ubah tanggalnya bila perlu.`,
    });
  });

  it("gives another instansi's admin nothing, even with guessed ids", async () => {
    await signIn("admin");
    const notFound = { ok: false, message: expect.stringContaining("tidak ditemukan di instansi Anda") };
    expect(await setTahunTerbuka({ tahunId: garutTahunId, terbuka: false })).toMatchObject(notFound);
    expect(await generatePeriodeStandar({ tahunId: garutTahunId, jenis: "BULANAN" })).toMatchObject(notFound);
    expect(await deletePeriode({ periodeId: garutPeriodeId })).toMatchObject(notFound);
    expect(
      await updatePeriode({ periodeId: garutPeriodeId, jenis: "TRIWULAN", urutan: 1, awal: "2026-01-01", akhir: "2026-03-31", batasPengisian: "2026-04-10" }),
    ).toMatchObject(notFound);
    expect(await db.periodePenilaian.count({ where: { tahunId: garutTahunId } })).toBe(5);
    expect((await db.tahun.findUniqueOrThrow({ where: { id: garutTahunId } })).terbuka).toBe(true);

    const actor = (await getActor())!;
    expect((await listTahunPeriode(actor)).map((t) => t.id)).not.toContain(garutTahunId);
  });
});

describe("Pengaturan", () => {
  it("sets the kurva mode and the lokasi of the admin's own instansi only", async () => {
    await signIn("admin");
    const tetap = { hariKerjaPerMinggu: "5", targetJamHarian: "7,5", zonaWaktu: "WIB" } as const;
    expect((await updatePengaturan({ modeKurva: "BLOKIR", lokasi: "Kota Bandung", ...tetap })).ok).toBe(true);
    expect(await db.instansi.findUniqueOrThrow({ where: { id: bandungId } })).toMatchObject({ modeKurva: "BLOKIR", lokasi: "Kota Bandung" });
    expect(await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-GRT" } })).toMatchObject({ modeKurva: "PERINGATAN", lokasi: "Garut" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { aksi: "UBAH_PENGATURAN" } });
    expect(audit.data).toEqual({ modeKurva: { lama: "PERINGATAN", baru: "BLOKIR" }, lokasi: { lama: "Bandung", baru: "Kota Bandung" } });
  });

  it("sets the work pattern and the daily target of hours, audited", async () => {
    await signIn("admin");
    expect((await updatePengaturan({ modeKurva: "BLOKIR", lokasi: "Kota Bandung", hariKerjaPerMinggu: "6", targetJamHarian: "8,25", zonaWaktu: "WIB" })).ok).toBe(true);
    const instansi = await db.instansi.findUniqueOrThrow({ where: { id: bandungId } });
    expect(instansi.hariKerjaPerMinggu).toBe(6);
    expect(instansi.targetJamHarian.toString()).toBe("8.25");
    expect((await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-GRT" } })).hariKerjaPerMinggu).toBe(5);
    const audit = await db.auditLog.findFirstOrThrow({ where: { aksi: "UBAH_PENGATURAN" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toEqual({ hariKerjaPerMinggu: { lama: 5, baru: 6 }, targetJamHarian: { lama: "7.5", baru: "8.25" } });
    for (const targetJamHarian of ["0,5", "12,5", "tujuh", ""]) {
      expect(await updatePengaturan({ modeKurva: "BLOKIR", lokasi: "Kota Bandung", hariKerjaPerMinggu: "6", targetJamHarian, zonaWaktu: "WIB" })).toMatchObject({
        ok: false,
        fieldErrors: { targetJamHarian: ["Isi target jam kerja harian antara 1 dan 12 jam, misalnya 7,5."] },
      });
    }
    expect(await updatePengaturan({ modeKurva: "BLOKIR", lokasi: "Kota Bandung", hariKerjaPerMinggu: "7" as never, targetJamHarian: "8", zonaWaktu: "WIB" })).toMatchObject({
      ok: false,
      fieldErrors: { hariKerjaPerMinggu: ["Pilih pola hari kerja: 5 atau 6 hari per minggu."] },
    });
  });

  it("sets the instansi's time zone, audited, and refuses one Indonesia does not have", async () => {
    await signIn("admin");
    const tetap = { modeKurva: "BLOKIR", lokasi: "Kota Bandung", hariKerjaPerMinggu: "6", targetJamHarian: "8,25" } as const;
    expect((await updatePengaturan({ ...tetap, zonaWaktu: "WITA" })).ok).toBe(true);
    expect(await db.instansi.findUniqueOrThrow({ where: { id: bandungId } })).toMatchObject({ zonaWaktu: "WITA" });
    expect(await db.instansi.findUniqueOrThrow({ where: { kode: "BKPSDM-GRT" } })).toMatchObject({ zonaWaktu: "WIB" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { aksi: "UBAH_PENGATURAN" }, orderBy: { createdAt: "desc" } });
    expect(audit.data).toEqual({ zonaWaktu: { lama: "WIB", baru: "WITA" } });
    expect(await updatePengaturan({ ...tetap, zonaWaktu: "UTC" as never })).toMatchObject({
      ok: false,
      fieldErrors: { zonaWaktu: ["Pilih zona waktu instansi: WIB, WITA atau WIT."] },
    });
    expect((await updatePengaturan({ ...tetap, zonaWaktu: "WIB" })).ok).toBe(true);
  });

  it("refuses bad input and non-admins", async () => {
    await signIn("admin");
    expect(await updatePengaturan({ modeKurva: "APA" as never, lokasi: "", hariKerjaPerMinggu: "5", targetJamHarian: "7,5", zonaWaktu: "WIB" })).toMatchObject({
      ok: false,
      fieldErrors: { modeKurva: ["Pilih perlakuan kurva distribusi."], lokasi: ["Isi lokasi penandatanganan, misalnya Bandung."] },
    });
    await signIn("kepala");
    expect((await updatePengaturan({ modeKurva: "PERINGATAN", lokasi: "X Y", hariKerjaPerMinggu: "6", targetJamHarian: "8", zonaWaktu: "WIT" })).ok).toBe(false);
    expect((await db.instansi.findUniqueOrThrow({ where: { id: bandungId } })).lokasi).not.toBe("X Y");
  });
});
