import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { bukaKembaliPenilaian, finalkanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { NotFoundError } from "@/lib/domain/errors";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { sqlStatementCount } from "@/lib/server/query-count";
import { angkaKreditTerlihat, getAngkaKreditPegawai } from "@/lib/server/queries/angka-kredit";
import { buildSkpOrg, seedSkp, type SkpOrg } from "./skp-fixtures";

let org: SkpOrg;
let skp2025: string;
let skp2026: string;
let tw1_2025: string;
let tw1_2026: string;

async function actor(id: string): Promise<Actor> {
  await actAs(id);
  return (await getActor())!;
}

const periode = async (tahunId: string, tahun: number) =>
  (await db.periodePenilaian.create({ data: { tahunId, jenis: "TRIWULAN", urutan: 1, awal: new Date(`${tahun}-01-01`), akhir: new Date(`${tahun}-03-31`), batasPengisian: new Date(`${tahun}-04-10`) } })).id;

async function approvedSkp(tahunId: string, tahun: number) {
  const skp = await seedSkp(org.staff.id, tahunId, tahun, ["Menganalisis kebutuhan SDM"]);
  await db.skp.update({ where: { id: skp.id }, data: { status: "PERSETUJUAN", penilaiId: org.atasan.id } });
  return skp.id;
}

async function finalkan(skpId: string, periodeId: string, ratingHasil: "DI_ATAS_EKSPEKTASI" | "SESUAI_EKSPEKTASI") {
  await actAs(org.atasan.id);
  const version = (await db.penilaian.findUnique({ where: { skpId_periodeId: { skpId, periodeId } }, select: { version: true } }))?.version ?? 1;
  const result = await finalkanPenilaian({
    skpId,
    periodeId,
    version,
    ratingHasil,
    ratingPerilaku: "DI_ATAS_EKSPEKTASI",
    catatan: "",
    umpanBalikRhk: [],
    umpanBalikPerilaku: [],
    konfirmasiKurva: true,
  });
  expect(result).toMatchObject({ ok: true });
}

beforeAll(async () => {
  org = await buildSkpOrg();
  await db.pegawai.update({ where: { id: org.staff.id }, data: { jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_PERTAMA" } });
  [tw1_2025, tw1_2026] = await Promise.all([periode(org.t2025.id, 2025), periode(org.t2026.id, 2026)]);
  skp2025 = await approvedSkp(org.t2025.id, 2025);
  skp2026 = await approvedSkp(org.t2026.id, 2026);
  // 2025 as Ahli Pertama, Sangat Baik: 12.5 × 3/12 × 150 % = 4.6875 → 4.688.
  await finalkan(skp2025, tw1_2025, "DI_ATAS_EKSPEKTASI");
  // Promoted; 2026 as Ahli Muda, Baik: 25 × 3/12 = 6.25.
  await db.pegawai.update({ where: { id: org.staff.id }, data: { jenjangFungsional: "AHLI_MUDA" } });
  await finalkan(skp2026, tw1_2026, "SESUAI_EKSPEKTASI");
});

describe("riwayat angka kredit", () => {
  test("two years with the jenjang of each finalisation and a running total, read in a bounded number of queries", async () => {
    const pegawai = await actor(org.staff.id);
    const sebelum = sqlStatementCount();
    const result = await getAngkaKreditPegawai(pegawai, org.staff.id);
    // The pegawai, then the whole history at once: no query per year or periode.
    expect(sqlStatementCount() - sebelum).toBe(2);
    expect(result.riwayat.tahun.map((t) => [t.tahun, t.periode[0]!.jenjang, t.jumlah, t.kumulatif])).toEqual([
      [2025, "AHLI_PERTAMA", 4.688, 4.688],
      [2026, "AHLI_MUDA", 6.25, 10.938],
    ]);
    // A triwulan is not converted in SIASN: only the tahunan result is (Kirim ke SIASN).
    expect(result.riwayat.tahun[1]!.periode[0]!.siasn).toBeNull();
  });

  test("a reopened penilaian counts nothing until it is finalised again", async () => {
    await actAs(org.atasan.id);
    const version = (await db.penilaian.findUniqueOrThrow({ where: { skpId_periodeId: { skpId: skp2026, periodeId: tw1_2026 } } })).version;
    expect(await bukaKembaliPenilaian({ skpId: skp2026, periodeId: tw1_2026, version })).toMatchObject({ ok: true });

    const dibuka = await getAngkaKreditPegawai(await actor(org.staff.id), org.staff.id);
    expect(dibuka.riwayat.tahun[1]).toMatchObject({ dasar: "BELUM_ADA", jumlah: 0, kumulatif: 4.688 });
    expect(dibuka.riwayat.tahun[1]!.periode[0]).toMatchObject({ final: false, predikat: null, siasn: null });

    await finalkan(skp2026, tw1_2026, "DI_ATAS_EKSPEKTASI");
    const lagi = await getAngkaKreditPegawai(await actor(org.staff.id), org.staff.id);
    expect(lagi.riwayat.total).toBe(14.063); // 4.688 + 25 × 3/12 × 150 % = 9.375
  });

  test("the pegawai and the admin of the instansi see every year; a colleague, an atasan who rated none and another instansi's admin find nothing", async () => {
    for (const id of [org.staff.id, org.admin.id]) {
      const result = await getAngkaKreditPegawai(await actor(id), org.staff.id);
      expect(result.riwayat.tahun.map((t) => t.tahun)).toEqual([2025, 2026]);
      expect(result).toMatchObject({ sebagian: false, riwayat: { total: 14.063 } });
    }
    for (const id of [org.staffLain.id, org.kabid.id, org.adminLain.id]) {
      await expect(getAngkaKreditPegawai(await actor(id), org.staff.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getAngkaKreditPegawai(await actor(org.atasan.id), randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });

  test("an atasan sees only the years they were the penilai, totalled over those years, as the ZIP holds", async () => {
    // 2025 was rated by the kabid before a mutasi; the atasan langsung of today rated 2026 only.
    await db.skp.update({ where: { id: skp2025 }, data: { penilaiId: org.kabid.id } });
    try {
      const atasan = await getAngkaKreditPegawai(await actor(org.atasan.id), org.staff.id);
      expect(atasan.riwayat.tahun.map((t) => [t.tahun, t.jumlah])).toEqual([[2026, 9.375]]);
      expect(atasan).toMatchObject({ sebagian: true, riwayat: { total: 9.375 } });

      const kabid = await getAngkaKreditPegawai(await actor(org.kabid.id), org.staff.id);
      expect(kabid.riwayat.tahun.map((t) => [t.tahun, t.jumlah])).toEqual([[2025, 4.688]]);
      expect(kabid).toMatchObject({ sebagian: true, riwayat: { total: 4.688 } });

      // Being today's atasan langsung opens nothing on its own: a year must have been theirs to rate.
      await db.skp.update({ where: { id: skp2026 }, data: { penilaiId: org.kabid.id } });
      await expect(getAngkaKreditPegawai(await actor(org.atasan.id), org.staff.id)).rejects.toBeInstanceOf(NotFoundError);
      // …and Pegawai Bawahan then offers no link to a page that would not open.
      expect(await angkaKreditTerlihat(await actor(org.atasan.id), [org.staff.id])).toEqual(new Set());
      expect(await angkaKreditTerlihat(await actor(org.kabid.id), [org.staff.id, org.staffLain.id])).toEqual(new Set([org.staff.id]));
      for (const id of [org.staffLain.id, org.adminLain.id]) {
        await expect(getAngkaKreditPegawai(await actor(id), org.staff.id)).rejects.toBeInstanceOf(NotFoundError);
      }
    } finally {
      await db.skp.updateMany({ where: { id: { in: [skp2025, skp2026] } }, data: { penilaiId: org.atasan.id } });
    }
  });

  test("a pegawai outside jabatan fungsional gets no rows, for the page's empty state", async () => {
    const result = await getAngkaKreditPegawai(await actor(org.staffLain.id), org.staffLain.id);
    expect(result.pegawai.fungsional).toBe(false);
    expect(result.riwayat).toEqual({ tahun: [], total: 0, adaFinal: false });
    expect(result.sebagian).toBe(false);
  });
});
