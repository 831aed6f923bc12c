import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { PESAN_CATATAN_WAJIB } from "@/lib/domain/progres-harian-verifikasi";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { umpanBalikProgresHarian, verifikasiMingguProgresHarian, verifikasiProgresHarian } from "@/lib/server/actions/progres-harian-verifikasi";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getProgresHarianBawahanMinggu } from "@/lib/server/queries/progres-harian-bawahan-minggu";
import { actAs } from "./helpers/session";
import { buildPelaksanaanOrg, type PelaksanaanOrg } from "./pelaksanaan-fixtures";
import { buatEntri, seninLalu } from "./progres-harian-entri-fixtures";

let org: PelaksanaanOrg;
beforeAll(async () => {
  org = await buildPelaksanaanOrg();
});
beforeEach(async () => {
  await db.progresHarian.deleteMany();
});

const semua = () => db.progresHarian.findMany({ orderBy: [{ tanggal: "asc" }, { jamMulai: "asc" }] });
const isi = (rows: Awaited<ReturnType<typeof semua>>) => rows.map((r) => [r.id, r.status, r.catatanVerifikasi, r.version]);

describe("verifikasi per kegiatan and for a selection", () => {
  test("the atasan marks one entry Sesuai: status, verifier, time and version change, the content does not", async () => {
    const e = await buatEntri(org, "staff", { tanggal: seninLalu() });
    await actAs(org.atasan.id);
    expect(await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "SESUAI", catatan: "" })).toEqual({ ok: true, data: { jumlah: 1 } });
    const [row] = await semua();
    expect(row).toMatchObject({ status: "SESUAI", catatanVerifikasi: null, diverifikasiOlehId: org.atasan.id, version: 2, kegiatan: e.kegiatan, realisasi: e.realisasi, jamMulai: e.jamMulai });
    expect(row!.diverifikasiPada).toBeInstanceOf(Date);
    const audit = await db.auditLog.findFirst({ where: { aksi: "VERIFIKASI_PROGRES_HARIAN", entitasId: e.id } });
    expect(audit?.aktorId).toBe(org.atasan.id);
  });

  test("Perlu perbaikan needs a catatan, given next to its field; with one it is saved", async () => {
    const e = await buatEntri(org, "staff", { tanggal: seninLalu() });
    await actAs(org.atasan.id);
    expect(await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "PERLU_PERBAIKAN", catatan: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { catatan: [PESAN_CATATAN_WAJIB] },
    });
    expect((await semua())[0]!.status).toBe("MENUNGGU");
    expect(await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "PERLU_PERBAIKAN", catatan: "Lampirkan tautan notulen." })).toMatchObject({ ok: true });
    expect((await semua())[0]).toMatchObject({ status: "PERLU_PERBAIKAN", catatanVerifikasi: "Lampirkan tautan notulen." });
  });

  test("a version read before the pegawai changed the entry is refused and nothing is saved", async () => {
    const e = await buatEntri(org, "staff", { tanggal: seninLalu() });
    await db.progresHarian.update({ where: { id: e.id }, data: { kegiatan: "Diubah pegawai", version: 2 } });
    await actAs(org.atasan.id);
    const result = await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "SESUAI", catatan: "" });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/sudah diubah orang lain/) });
    expect((await semua())[0]).toMatchObject({ status: "MENUNGGU", version: 2 });
  });

  test("a selection holding one entry of someone else's bawahan changes none of them", async () => {
    const a = await buatEntri(org, "staff", { tanggal: seninLalu() });
    const b = await buatEntri(org, "staffLain", { tanggal: seninLalu() });
    await db.pegawai.update({ where: { id: org.staffLain.id }, data: { atasanId: org.kabid.id } });
    await db.skp.update({ where: { id: org.skpLain.id }, data: { penilaiId: org.kabid.id } });
    try {
      await actAs(org.atasan.id);
      const before = isi(await semua());
      const result = await verifikasiProgresHarian({ entri: [{ id: a.id, version: 1 }, { id: b.id, version: 1 }], status: "SESUAI", catatan: "" });
      expect(result).toMatchObject({ ok: false, message: "Kegiatan tidak ditemukan di antara progres harian bawahan Anda." });
      expect(isi(await semua())).toEqual(before);
    } finally {
      await db.pegawai.update({ where: { id: org.staffLain.id }, data: { atasanId: org.atasan.id } });
      await db.skp.update({ where: { id: org.skpLain.id }, data: { penilaiId: org.atasan.id } });
    }
  });

  test("the pegawai, the atasan's own atasan and the admin are refused, and nothing changes", async () => {
    const e = await buatEntri(org, "staff", { tanggal: seninLalu() });
    for (const who of [org.staff, org.staffLain, org.kabid, org.admin, org.adminLain]) {
      await actAs(who.id);
      expect(await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "SESUAI", catatan: "" }), who.nama).toMatchObject({ ok: false });
      expect(await umpanBalikProgresHarian({ id: e.id, version: 1, reaksi: "👍", teks: "" }), who.nama).toMatchObject({ ok: false });
      expect(await verifikasiMingguProgresHarian({ pegawaiId: org.staff.id, minggu: seninLalu(), jumlah: 1, status: "SESUAI", catatan: "" }), who.nama).toMatchObject({ ok: false });
    }
    await actAs(null);
    expect(await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "SESUAI", catatan: "" })).toMatchObject({ ok: false });
    expect((await semua())[0]).toMatchObject({ status: "MENUNGGU", version: 1, umpanBalikReaksi: null, diverifikasiOlehId: null });
  });

  test("the penilai named on the SKP verifies even when the pegawai's atasan has since changed", async () => {
    const e = await buatEntri(org, "staffLain", { tanggal: seninLalu() });
    await db.pegawai.update({ where: { id: org.staffLain.id }, data: { atasanId: org.kabid.id } });
    try {
      await actAs(org.atasan.id);
      expect(await verifikasiProgresHarian({ entri: [{ id: e.id, version: 1 }], status: "SESUAI", catatan: "" })).toMatchObject({ ok: true });
    } finally {
      await db.pegawai.update({ where: { id: org.staffLain.id }, data: { atasanId: org.atasan.id } });
    }
  });
});

describe("verifikasi of a whole week", () => {
  async function mingguBerisi() {
    const senin = seninLalu();
    const menunggu = [
      await buatEntri(org, "staff", { tanggal: senin }),
      await buatEntri(org, "staff", { tanggal: senin, jam: [10 * 60, 12 * 60] }),
      await buatEntri(org, "staff", { tanggal: tambahHari(senin, 4) }),
    ];
    const sudah = await buatEntri(org, "staff", { tanggal: tambahHari(senin, 1), status: "PERLU_PERBAIKAN" });
    const mingguLain = await buatEntri(org, "staff", { tanggal: tambahHari(senin, 7) });
    const orangLain = await buatEntri(org, "staffLain", { tanggal: senin });
    return { senin, menunggu, sudah, mingguLain, orangLain };
  }

  test("marks every waiting entry of that bawahan's week and only those, in one go", async () => {
    const w = await mingguBerisi();
    await actAs(org.atasan.id);
    expect(await verifikasiMingguProgresHarian({ pegawaiId: org.staff.id, minggu: tambahHari(w.senin, 2), jumlah: 3, status: "SESUAI", catatan: "" })).toEqual({ ok: true, data: { jumlah: 3 } });
    const rows = new Map((await semua()).map((r) => [r.id, r]));
    for (const e of w.menunggu) expect(rows.get(e.id)).toMatchObject({ status: "SESUAI", diverifikasiOlehId: org.atasan.id, version: 2 });
    expect(rows.get(w.sudah.id)).toMatchObject({ status: "PERLU_PERBAIKAN", version: 1 });
    expect(rows.get(w.mingguLain.id)).toMatchObject({ status: "MENUNGGU", version: 1 });
    expect(rows.get(w.orangLain.id)).toMatchObject({ status: "MENUNGGU", version: 1 });
  });

  test("when the week no longer holds what the confirmation stated, the update is rolled back whole", async () => {
    const w = await mingguBerisi();
    await actAs(org.atasan.id);
    const before = isi(await semua());
    const auditBefore = await db.auditLog.count();
    const result = await verifikasiMingguProgresHarian({ pegawaiId: org.staff.id, minggu: w.senin, jumlah: 2, status: "PERLU_PERBAIKAN", catatan: "Lengkapi bukti." });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/sekarang 3\)\. Tidak ada yang disimpan/) });
    expect(isi(await semua())).toEqual(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  test("Perlu perbaikan for the week needs a catatan; an empty week says there is nothing to verify", async () => {
    const w = await mingguBerisi();
    await actAs(org.atasan.id);
    expect(await verifikasiMingguProgresHarian({ pegawaiId: org.staff.id, minggu: w.senin, jumlah: 3, status: "PERLU_PERBAIKAN", catatan: "" })).toMatchObject({
      ok: false,
      fieldErrors: { catatan: [PESAN_CATATAN_WAJIB] },
    });
    expect(await verifikasiMingguProgresHarian({ pegawaiId: org.staff.id, minggu: tambahHari(w.senin, -7), jumlah: 1, status: "SESUAI", catatan: "" })).toMatchObject({
      ok: false,
      message: "Tidak ada kegiatan minggu ini yang menunggu verifikasi.",
    });
  });
});

describe("umpan balik", () => {
  test("an emoticon and words are saved on the entry; an unknown emoticon gets a field message", async () => {
    const e = await buatEntri(org, "staff", { tanggal: seninLalu() });
    await actAs(org.atasan.id);
    expect(await umpanBalikProgresHarian({ id: e.id, version: 1, reaksi: "🤡" as "👍", teks: "" })).toMatchObject({ ok: false, fieldErrors: { reaksi: ["Reaksi tidak dikenal."] } });
    expect(await umpanBalikProgresHarian({ id: e.id, version: 1, reaksi: "👏", teks: "Rapi sekali." })).toMatchObject({ ok: true });
    expect((await semua())[0]).toMatchObject({ umpanBalikReaksi: "👏", umpanBalikTeks: "Rapi sekali.", version: 2, status: "MENUNGGU" });
    expect(await umpanBalikProgresHarian({ id: e.id, version: 1, reaksi: "", teks: "Lagi" })).toMatchObject({ ok: false, message: expect.stringMatching(/sudah diubah/) });
  });
});

describe("one bawahan's week", () => {
  test("shows every entry with its rencana aksi and RHK; someone who is not a bawahan is not found", async () => {
    const senin = seninLalu();
    await buatEntri(org, "staff", { tanggal: senin, kegiatan: "Rapat koordinasi", tautanBukti: "https://contoh.go.id/notulen" });
    await actAs(org.atasan.id);
    const minggu = await getProgresHarianBawahanMinggu((await getActor())!, org.staff.id, senin, tambahHari(senin, 14));
    expect(minggu.hari.map((h) => h.keadaan)).toEqual(["TERISI", "BELUM_ISI", "BELUM_ISI", "BELUM_ISI", "BELUM_ISI"]);
    expect(minggu.hari[0]!.entri[0]).toMatchObject({ kegiatan: "Rapat koordinasi", rencanaAksi: "Memverifikasi berkas usulan mutasi", rhk: "Terprosesnya usulan mutasi", tautanBukti: "https://contoh.go.id/notulen" });
    await expect(getProgresHarianBawahanMinggu((await getActor())!, org.kabid.id, senin, senin)).rejects.toThrow("bukan bawahan");
    await actAs(org.kabid.id);
    await expect(getProgresHarianBawahanMinggu((await getActor())!, org.staff.id, senin, senin)).rejects.toThrow("bukan bawahan");
  });
});
