import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { actAs } from "./helpers/session";
import { bukaKembaliPenilaian, finalkanPenilaian } from "@/lib/server/actions/penilaian-atasan";
import { NotFoundError } from "@/lib/domain/errors";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { sqlStatementCount } from "@/lib/server/query-count";
import { getAngkaKreditPegawai } from "@/lib/server/queries/angka-kredit";
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

  test("the atasan langsung and the admin of the instansi see it; a colleague and another instansi's admin find nothing", async () => {
    for (const id of [org.atasan.id, org.admin.id]) {
      expect((await getAngkaKreditPegawai(await actor(id), org.staff.id)).riwayat.total).toBe(14.063);
    }
    for (const id of [org.staffLain.id, org.kabid.id, org.adminLain.id]) {
      await expect(getAngkaKreditPegawai(await actor(id), org.staff.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(getAngkaKreditPegawai(await actor(org.atasan.id), randomUUID())).rejects.toBeInstanceOf(NotFoundError);
  });

  test("a pegawai outside jabatan fungsional gets no rows, for the page's empty state", async () => {
    const result = await getAngkaKreditPegawai(await actor(org.staffLain.id), org.staffLain.id);
    expect(result.pegawai.fungsional).toBe(false);
    expect(result.riwayat).toEqual({ tahun: [], total: 0, adaFinal: false });
  });
});
