import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { ajukanSkp } from "@/lib/server/actions/skp";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getAtasanRhkOptions, getSkpDetail, listSkpForPegawai } from "@/lib/server/queries/skp";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skpId: string;
let rhkAtasanId: string;
beforeAll(async () => {
  org = await buildSkpOrg();
  rhkAtasanId = (await seedSkp(org.atasan.id, org.t2026.id, 2026, ["Terlaksananya mutasi pegawai"])).rhk[0]!.id;
  skpId = (await seedSkp(org.staff.id, org.t2026.id, 2026)).id;
});

const version = async () => (await db.skp.findUniqueOrThrow({ where: { id: skpId } })).version;
const actor = async (id: string) => {
  await actAs(id);
  const a = await getActor();
  if (!a) throw new Error("no actor");
  return a;
};

describe("ajukanSkp", () => {
  test("an empty SKP names what is missing and stays a Draft", async () => {
    await actAs(org.staff.id);
    const result = await ajukanSkp({ skpId, version: await version() });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Belum ada RHK Utama.") });
    expect((await db.skp.findUniqueOrThrow({ where: { id: skpId } })).status).toBe("DRAFT");
  });

  test("names the RHK without indikator and without intervensi", async () => {
    await db.rhk.create({ data: { skpId, jenis: "UTAMA", teks: "Memproses usulan mutasi", urutan: 0 } });
    await actAs(org.staff.id);
    const result = await ajukanSkp({ skpId, version: await version() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('RHK "Memproses usulan mutasi" belum memilih RHK atasan yang diintervensi.');
    expect(result.message).toContain('RHK "Memproses usulan mutasi" belum memiliki indikator.');
  });

  test("an RHK that intervenes an RHK other than the atasan's own for that year blocks submission", async () => {
    const lain = await seedSkp(org.tanpaAtasan.id, org.t2026.id, 2026, ["RHK rekan kerja"]);
    const pengaju = await db.pegawai.create({
      data: { instansiId: org.instansi.id, nip: "199505052020121005", nama: "Staff Baru", jenisJabatan: "PELAKSANA", jabatan: "Pengolah Data", unitId: org.unit.id, atasanId: org.atasan.id, passwordHash: "x" },
    });
    const own = await seedSkp(pengaju.id, org.t2025.id, 2025, ["Menyusun laporan", "Mengarsipkan dokumen"]);
    const [tahunLain, rekan] = own.rhk;
    const indikator = { create: { aspek: "KUANTITAS" as const, teks: "Dokumen selesai", targetMin: "4", satuan: "Dokumen", urutan: 0 } };
    await db.rhk.update({ where: { id: tahunLain!.id }, data: { parentRhkId: rhkAtasanId, indikator } });
    await db.rhk.update({ where: { id: rekan!.id }, data: { parentRhkId: lain.rhk[0]!.id, indikator } });

    await actAs(pengaju.id);
    const result = await ajukanSkp({ skpId: own.id, version: own.version });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('RHK "Menyusun laporan" mengintervensi RHK yang bukan milik atasan Anda saat ini');
    expect(result.message).toContain('RHK "Mengarsipkan dokumen" mengintervensi RHK yang bukan milik atasan Anda saat ini');
  });

  test("a pegawai without atasan is told who must set it", async () => {
    const own = await seedSkp(org.tanpaAtasan.id, org.t2026.id, 2026);
    await actAs(org.tanpaAtasan.id);
    const result = await ajukanSkp({ skpId: own.id, version: own.version });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Minta admin instansi mengatur atasan Anda") });
  });

  test("others cannot submit the staff's SKP", async () => {
    for (const who of [org.atasan.id, org.staffLain.id, org.admin.id]) {
      await actAs(who);
      expect(await ajukanSkp({ skpId, version: await version() })).toMatchObject({ ok: false, message: "SKP tidak ditemukan." });
    }
  });

  test("a complete SKP moves to Pengajuan once, with one riwayat row and a fresh snapshot; then it is locked", async () => {
    const rhk = await db.rhk.findFirstOrThrow({ where: { skpId } });
    await db.rhk.update({
      where: { id: rhk.id },
      data: { parentRhkId: rhkAtasanId, indikator: { create: { aspek: "KUANTITAS", teks: "Usulan diproses", targetMin: "12", satuan: "Dokumen", urutan: 0 } } },
    });
    await actAs(org.staff.id);
    const v = await version();
    expect(await ajukanSkp({ skpId, version: v + 1 })).toMatchObject({ ok: false, message: expect.stringContaining("Muat ulang") });
    // Two tabs press "Ajukan" at once: one submission goes through, the other is told why not.
    const [a, b] = await Promise.all([ajukanSkp({ skpId, version: v }), ajukanSkp({ skpId, version: v })]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ message: expect.stringMatching(/Muat ulang|tidak dapat diajukan/) });
    expect(await db.riwayatStatus.count({ where: { entitasId: skpId, ke: "PENGAJUAN" } })).toBe(1);
    const skp = await db.skp.findUniqueOrThrow({ where: { id: skpId } });
    expect(skp).toMatchObject({ status: "PENGAJUAN", penilaiId: org.atasan.id, version: v + 1 });
    expect(skp.snapshot).toMatchObject({ penilai: { nama: "Atasan Uji" }, atasanPenilai: { nama: "Kabid Uji" } });
    expect(await db.riwayatStatus.findFirst({ where: { entitasId: skpId, ke: "PENGAJUAN" } })).toMatchObject({ dari: "DRAFT", aktorId: org.staff.id });
    expect(await ajukanSkp({ skpId, version: v + 1 })).toMatchObject({ ok: false, message: "SKP berstatus Pengajuan tidak dapat diajukan." });
  });
});

describe("getSkpDetail", () => {
  test("owner, penilai and admin of the instansi see it, grouped, with riwayat and actor names", async () => {
    for (const who of [org.staff.id, org.atasan.id, org.admin.id]) {
      const detail = await getSkpDetail(await actor(who), skpId);
      expect(detail.rhkUtama).toMatchObject([
        { teks: "Memproses usulan mutasi", parent: { teks: "Terlaksananya mutasi pegawai", pemilikNama: "Atasan Uji" }, indikator: [{ targetMin: "12", satuan: "Dokumen" }] },
      ]);
      expect(detail.riwayat[0]).toMatchObject({ ke: "PENGAJUAN", aktorNama: "Staff Uji" });
      // A moment in time, whatever the server's time zone (riwayat is read with plain SQL).
      expect(Math.abs(detail.riwayat[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
  });

  test("reads everything the page shows: ordered RHK and indikator, targets as written, ekspektasi, lampiran, calendar dates", async () => {
    const pemilik = await db.pegawai.create({
      data: { instansiId: org.instansi.id, nip: "199606062021011006", nama: "Staff Lengkap", jenisJabatan: "PELAKSANA", jabatan: "Analis", unitId: org.unit.id, atasanId: org.atasan.id, passwordHash: "x" },
    });
    const lengkap = await seedSkp(pemilik.id, org.t2026.id, 2026, ["RHK kedua", "RHK pertama"]);
    const [kedua, pertama] = lengkap.rhk;
    await db.rhk.update({ where: { id: kedua!.id }, data: { urutan: 1 } });
    await db.rhk.update({ where: { id: pertama!.id }, data: { urutan: 0, parentRhkId: rhkAtasanId } });
    await db.indikator.createMany({
      data: [
        { rhkId: pertama!.id, aspek: "KUALITAS", teks: "Ketepatan", targetMin: "12.5", targetMax: "100", satuan: "%", urutan: 1 },
        { rhkId: pertama!.id, aspek: "KUANTITAS", teks: "Jumlah", targetMin: "12", satuan: "Dokumen", urutan: 0 },
      ],
    });
    await db.rhk.create({ data: { skpId: lengkap.id, jenis: "TAMBAHAN", teks: "Narasumber", urutan: 0 } });
    await db.ekspektasiKhusus.create({ data: { skpId: lengkap.id, coreValue: "AKUNTABEL", teks: "Laporan tepat waktu" } });
    await db.lampiranItem.createMany({
      data: [
        { skpId: lengkap.id, jenis: "KONSEKUENSI", teks: "Teguran", urutan: 1 },
        { skpId: lengkap.id, jenis: "KONSEKUENSI", teks: "Pembinaan", urutan: 0 },
      ],
    });

    const detail = await getSkpDetail(await actor(pemilik.id), lengkap.id);
    expect(detail).toMatchObject({
      status: "DRAFT",
      tahun: 2026,
      layout: "STANDAR",
      pendekatan: "KUANTITATIF",
      instansiId: org.instansi.id,
      pegawaiNip: "199606062021011006",
      instansi: { nama: org.instansi.nama, lokasi: org.instansi.lokasi },
    });
    expect(detail.periodeAwal.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(detail.periodeAkhir.toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(detail.rhkUtama.map((r) => r.teks)).toEqual(["RHK pertama", "RHK kedua"]);
    expect(detail.rhkUtama[0]).toMatchObject({ parent: { id: rhkAtasanId, pemilikNama: "Atasan Uji" } });
    expect(detail.rhkUtama[0]!.indikator).toMatchObject([
      { teks: "Jumlah", aspek: "KUANTITAS", targetMin: "12", targetMax: null, satuan: "Dokumen" },
      { teks: "Ketepatan", aspek: "KUALITAS", targetMin: "12.5", targetMax: "100", satuan: "%" },
    ]);
    expect(detail.rhkUtama[1]).toMatchObject({ parent: null, indikator: [] });
    expect(detail.rhkTambahan.map((r) => r.teks)).toEqual(["Narasumber"]);
    expect(detail.ekspektasi).toEqual({ AKUNTABEL: "Laporan tepat waktu" });
    expect(detail.lampiran.KONSEKUENSI.map((l) => l.teks)).toEqual(["Pembinaan", "Teguran"]);
    expect(detail.lampiran.DUKUNGAN_SUMBER_DAYA).toEqual([]);
    await expect(getSkpDetail(await actor(pemilik.id), "bukan-uuid")).rejects.toThrow("SKP tidak ditemukan.");
  });

  test("anyone else gets NotFound, as for an id that does not exist", async () => {
    for (const who of [org.staffLain.id, org.kabid.id, org.adminLain.id]) {
      await expect(getSkpDetail(await actor(who), skpId)).rejects.toThrow("SKP tidak ditemukan.");
    }
  });

  test("the list shows only the actor's own SKP with RHK count", async () => {
    expect(await listSkpForPegawai(await actor(org.staff.id))).toMatchObject([{ id: skpId, jumlahRhk: 1, status: "PENGAJUAN", tahun: 2026 }]);
    expect(await listSkpForPegawai(await actor(org.staffLain.id))).toEqual([]);
  });
});

describe("getAtasanRhkOptions", () => {
  test("lists the atasan's RHK of the same year", async () => {
    const options = await getAtasanRhkOptions(await actor(org.staff.id), skpId);
    expect(options).toMatchObject({ atasan: { nama: "Atasan Uji" }, alasan: null, options: [{ id: rhkAtasanId }] });
  });

  test("explains each empty case and names who must act", async () => {
    const kabidSkp = await seedSkp(org.atasan.id, org.t2025.id, 2025);
    const staff2025 = await seedSkp(org.staff.id, org.t2025.id, 2025);
    expect((await getAtasanRhkOptions(await actor(org.staff.id), staff2025.id)).alasan).toBe(
      "SKP Atasan Uji (atasan Anda) tahun 2025 belum memiliki RHK. Minta Atasan Uji menambahkan RHK terlebih dahulu.",
    );
    await db.skp.delete({ where: { id: kabidSkp.id } });
    expect((await getAtasanRhkOptions(await actor(org.staff.id), staff2025.id)).alasan).toBe(
      "Atasan Uji (atasan Anda) belum membuat SKP tahun 2025. Minta Atasan Uji membuat SKP dan menambahkan RHK terlebih dahulu.",
    );
    const own = await seedSkp(org.tanpaAtasan.id, org.t2025.id, 2025);
    expect((await getAtasanRhkOptions(await actor(org.tanpaAtasan.id), own.id)).alasan).toContain("Minta admin instansi (Admin Uji)");
  });

  test("only for the owner of the SKP", async () => {
    await expect(getAtasanRhkOptions(await actor(org.atasan.id), skpId)).rejects.toThrow("SKP tidak ditemukan.");
  });
});
