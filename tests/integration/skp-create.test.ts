import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { createSkp } from "@/lib/server/actions/skp";
import { db } from "@/lib/server/db";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
beforeAll(async () => {
  org = await buildSkpOrg();
});

const tahunan = { periodeAwal: "2026-01-01", periodeAkhir: "2026-12-31", pendekatan: "KUANTITATIF" as const, salinDariSkpId: "" };

describe("Tambah Periode SKP", () => {
  test("creates a Draft with the layout, the atasan as penilai, a snapshot and a riwayat row", async () => {
    await actAs(org.staff.id);
    const result = await createSkp(tahunan);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const skp = await db.skp.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(skp).toMatchObject({ status: "DRAFT", layout: "STANDAR", penilaiId: org.atasan.id, version: 1 });
    expect(skp.snapshot).toMatchObject({
      pegawai: { nama: "Staff Uji", unit: "Subbidang Mutasi", instansi: "Badan Uji SKP" },
      penilai: { nama: "Atasan Uji" },
      atasanPenilai: { nama: "Kabid Uji" },
    });
    const riwayat = await db.riwayatStatus.findMany({ where: { entitasId: skp.id } });
    expect(riwayat).toMatchObject([{ dari: null, ke: "DRAFT", aktorId: org.staff.id }]);
  });

  test("refuses a second SKP whose period overlaps, naming the existing one", async () => {
    await actAs(org.staff.id);
    const result = await createSkp({ ...tahunan, periodeAwal: "2026-06-01" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { periodeAwal: [expect.stringContaining("1 Januari 2026 – 31 Desember 2026")] } });
    expect(await db.skp.count({ where: { pegawaiId: org.staff.id } })).toBe(1);
  });

  test("kualitatif pendekatan gives the kualitatif layout; eselon III gets no JPT", async () => {
    await actAs(org.kabid.id);
    const result = await createSkp({ ...tahunan, pendekatan: "KUALITATIF" });
    expect(result.ok).toBe(true);
    if (result.ok) expect((await db.skp.findUniqueOrThrow({ where: { id: result.data.id } })).layout).toBe("KUALITATIF");
  });

  test("bad input comes back as Indonesian field errors", async () => {
    await actAs(org.staffLain.id);
    const result = await createSkp({ periodeAwal: "", periodeAkhir: "2026-12-31", pendekatan: "" as never, salinDariSkpId: "" });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { periodeAwal: ["Isi periode awal dengan tanggal yang valid."], pendekatan: ["Pilih pendekatan SKP."] },
    });
    const mundur = await createSkp({ ...tahunan, periodeAwal: "2026-07-01", periodeAkhir: "2026-03-31" });
    expect(mundur).toMatchObject({ ok: false, fieldErrors: { periodeAkhir: ["Periode akhir tidak boleh sebelum periode awal."] } });
    const lintasTahun = await createSkp({ ...tahunan, periodeAkhir: "2027-01-31" });
    expect(lintasTahun).toMatchObject({ ok: false, fieldErrors: { periodeAkhir: ["Periode awal dan akhir harus dalam tahun yang sama."] } });
  });

  test("years that are closed or not opened by the admin are refused", async () => {
    await actAs(org.staffLain.id);
    expect(await createSkp({ ...tahunan, periodeAwal: "2024-01-01", periodeAkhir: "2024-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { periodeAwal: ["Tahun 2024 sudah ditutup oleh admin instansi."] },
    });
    expect(await createSkp({ ...tahunan, periodeAwal: "2030-01-01", periodeAkhir: "2030-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { periodeAwal: ["Tahun 2030 belum dibuka oleh admin instansi."] },
    });
    expect(await db.skp.count({ where: { pegawaiId: org.staffLain.id } })).toBe(0);
  });

  test("a pegawai without atasan may still create a Draft, with no penilai", async () => {
    await actAs(org.tanpaAtasan.id);
    const result = await createSkp(tahunan);
    expect(result.ok).toBe(true);
    if (result.ok) expect((await db.skp.findUniqueOrThrow({ where: { id: result.data.id } })).penilaiId).toBeNull();
  });

  test("signed out: nothing is created", async () => {
    await actAs(null);
    expect(await createSkp(tahunan)).toMatchObject({ ok: false, message: expect.stringContaining("masuk kembali") });
  });
});

describe("Salin RHK dari SKP sebelumnya", () => {
  test("copies RHK, indikator and lampiran; keeps only intervensi of this year's atasan RHK", async () => {
    const atasan2025 = await seedSkp(org.atasan.id, org.t2025.id, 2025, ["RHK atasan 2025"]);
    const atasan2026 = await seedSkp(org.atasan.id, org.t2026.id, 2026, ["RHK atasan 2026"]);
    const lama = await seedSkp(org.staffLain.id, org.t2025.id, 2025);
    const rhkA = await db.rhk.create({
      data: {
        skpId: lama.id, jenis: "UTAMA", teks: "Memproses usulan mutasi", urutan: 0, parentRhkId: atasan2026.rhk[0]!.id,
        indikator: { create: [{ aspek: "KUANTITAS", teks: "Usulan diproses", targetMin: "12", satuan: "Dokumen", urutan: 0 }] },
      },
    });
    await db.rhk.create({ data: { skpId: lama.id, jenis: "UTAMA", teks: "Menyusun laporan mutasi", urutan: 1, parentRhkId: atasan2025.rhk[0]!.id } });
    await db.lampiranItem.create({ data: { skpId: lama.id, jenis: "KONSEKUENSI", teks: "Teguran tertulis", urutan: 0 } });

    await actAs(org.staffLain.id);
    const result = await createSkp({ ...tahunan, salinDariSkpId: lama.id });
    expect(result).toMatchObject({ ok: true, data: { perluIntervensiBaru: ["Menyusun laporan mutasi"] } });
    if (!result.ok) return;
    const baru = await db.skp.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { rhk: { orderBy: { urutan: "asc" }, include: { indikator: true } }, lampiran: true },
    });
    expect(baru.rhk.map((r) => [r.teks, r.parentRhkId])).toEqual([
      ["Memproses usulan mutasi", atasan2026.rhk[0]!.id],
      ["Menyusun laporan mutasi", null],
    ]);
    expect(baru.rhk[0]!.id).not.toBe(rhkA.id);
    expect(baru.rhk[0]!.indikator).toMatchObject([{ teks: "Usulan diproses", satuan: "Dokumen" }]);
    expect(baru.lampiran).toMatchObject([{ jenis: "KONSEKUENSI", teks: "Teguran tertulis" }]);
  });

  test("another pegawai's SKP cannot be the source", async () => {
    const orang = await seedSkp(org.kabid.id, org.t2025.id, 2025, ["RHK rahasia"]);
    await actAs(org.tanpaAtasan.id);
    const result = await createSkp({ periodeAwal: "2025-01-01", periodeAkhir: "2025-12-31", pendekatan: "KUANTITATIF", salinDariSkpId: orang.id });
    expect(result).toMatchObject({ ok: false, fieldErrors: { salinDariSkpId: ["SKP yang akan disalin tidak ditemukan."] } });
    expect(await db.skp.count({ where: { pegawaiId: org.tanpaAtasan.id, tahunId: org.t2025.id } })).toBe(0);
  });
});
