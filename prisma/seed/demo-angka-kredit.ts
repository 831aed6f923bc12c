import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { angkaKreditTahunan, KOEFISIEN_TAHUNAN, PERSEN_ANGKA_KREDIT } from "@/lib/domain/angka-kredit";
import type { PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { predikatKinerja } from "@/lib/domain/predikat";
import { jenisKirimUntuk } from "@/lib/domain/siasn/kirim";
import type { SeedInstansi } from "./data/types";
import { periodePenilaian } from "./demo-periode";
import { TIGA_ASPEK, toPihak } from "./demo-skp";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The demo's pegawai fungsional (README: akun "fungsional"), a bawahan of the demo atasan. */
const FUNGSIONAL_KEY = "analis-muda";

const RHK = [
  { teks: "Tersusunnya analisis kebutuhan mutasi ASN antar perangkat daerah", indikator: TIGA_ASPEK("dokumen analisis kebutuhan mutasi", 4, "Dokumen") },
  { teks: "Terlaksananya penilaian kesesuaian kompetensi calon pejabat", indikator: TIGA_ASPEK("laporan penilaian kesesuaian", 12, "Laporan") },
];

/**
 * Last year, closed, with one approved SKP of the pegawai fungsional and its final Tahunan
 * penilaian (Baik, rated by her atasan), so Angka Kredit shows a year with a predikat, the angka
 * kredit and what goes to SIASN from the first sign-in. Only the tahunan one is final: the demo's
 * triwulan of last year stay unrated, as nothing else in the demo reads last year.
 */
export async function seedDemoAngkaKredit(
  tx: Tx,
  data: SeedInstansi,
  ids: { instansiId: string; tahun: number; pegawaiId: Map<string, string>; atasanKey: Map<string, string | undefined> },
) {
  const byKey = new Map(data.pegawai.map((p) => [p.key, p]));
  const pegawai = byKey.get(FUNGSIONAL_KEY);
  const jenjang = pegawai?.jenjangFungsional;
  const penilai = pegawai ? byKey.get(ids.atasanKey.get(pegawai.key) ?? "") : undefined;
  if (!pegawai || !jenjang || !penilai) return;
  const atasanPenilai = byKey.get(ids.atasanKey.get(penilai.key) ?? "");
  const units = new Map(data.units.map((u) => [u.key, u]));
  const pihak = (p: typeof pegawai | undefined) => (p ? toPihak(p, ids.pegawaiId.get(p.key) ?? "", units.get(p.unitKey), data.nama) : null);
  const tahun = ids.tahun;

  const { id: tahunId } = await tx.tahun.create({ data: { instansiId: ids.instansiId, tahun, terbuka: false }, select: { id: true } });
  const periode = periodePenilaian(tahun).map((p) => ({ ...p, id: randomUUID(), tahunId }));
  await tx.periodePenilaian.createMany({ data: periode });
  const tahunan = periode.find((p) => p.jenis === "TAHUNAN")!;

  const skpId = randomUUID();
  const pegawaiId = ids.pegawaiId.get(pegawai.key)!;
  const penilaiId = ids.pegawaiId.get(penilai.key)!;
  await tx.skp.create({
    data: {
      id: skpId,
      pegawaiId,
      tahunId,
      periodeAwal: tahunan.awal,
      periodeAkhir: tahunan.akhir,
      pendekatan: "KUANTITATIF",
      layout: "STANDAR",
      status: "PERSETUJUAN",
      penilaiId,
      snapshot: { diambilPada: new Date(Date.UTC(tahun, 0, 15)).toISOString(), pegawai: pihak(pegawai), penilai: pihak(penilai), atasanPenilai: pihak(atasanPenilai) } as Prisma.InputJsonValue,
    },
  });
  const rhk = RHK.map((r, i) => ({ ...r, id: randomUUID(), urutan: i + 1, indikator: r.indikator.map((ind, j) => ({ ...ind, id: randomUUID(), urutan: j + 1 })) }));
  await tx.rhk.createMany({ data: rhk.map((r) => ({ id: r.id, skpId, jenis: "UTAMA" as const, teks: r.teks, urutan: r.urutan })) });
  const indikator = rhk.flatMap((r) => r.indikator.map((ind) => ({ ...ind, rhkId: r.id })));
  await tx.indikator.createMany({ data: indikator.map(({ id, rhkId, aspek, teks, target, satuan, urutan }) => ({ id, rhkId, aspek, teks, targetMin: target, satuan, urutan })) });
  // Every target met over the year.
  await tx.realisasi.createMany({ data: indikator.map((ind) => ({ indikatorId: ind.id, periodeId: tahunan.id, nilai: ind.target })) });

  const ratingHasil = "DI_ATAS_EKSPEKTASI" as const;
  const ratingPerilaku = "SESUAI_EKSPEKTASI" as const;
  const predikat = predikatKinerja(ratingHasil, ratingPerilaku);
  const catatan = "Analisis kebutuhan mutasi selesai lebih awal dan menjadi acuan rotasi semester kedua.";
  const finalizedAt = new Date(Date.UTC(tahun + 1, 0, 20, 3));
  const unit = units.get(pegawai.unitKey)?.nama ?? null;
  const snapshot: PenilaianSnapshot = {
    periode: { jenis: "TAHUNAN", urutan: 1, label: "Tahunan", tahun, awal: `${tahun}-01-01`, akhir: `${tahun}-12-31` },
    instansi: { nama: data.nama, lokasi: data.lokasi },
    pegawai: pihak(pegawai),
    penilai: pihak(penilai),
    atasanPenilai: pihak(atasanPenilai),
    layout: "STANDAR",
    organisasi: { unit, capaian: null, distribusi: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, [predikat]: 1 }, unitDistribusi: unit },
    rhk: rhk.map((r) => ({
      jenis: "UTAMA",
      teks: r.teks,
      penugasanDari: null,
      rhkAtasan: null,
      indikator: r.indikator.map((ind) => ({
        aspek: ind.aspek,
        perspektif: null,
        teks: ind.teks,
        targetMin: String(ind.target),
        targetMax: null,
        satuan: ind.satuan,
        targetNarasi: null,
        realisasi: { nilai: String(ind.target), narasi: null, sumberData: null },
        capaianPersen: 100,
      })),
      buktiDukung: [],
      umpanBalik: null,
    })),
    ratingHasil,
    // Empty: the reader fills in the seven BerAKHLAK values without umpan balik.
    perilaku: [],
    ratingPerilaku,
    predikat,
    catatan,
    angkaKredit: { jenjang, koefisien: KOEFISIEN_TAHUNAN[jenjang], persen: PERSEN_ANGKA_KREDIT[predikat], bulan: 12, nilai: angkaKreditTahunan(jenjang, predikat) },
    finalizedAt: finalizedAt.toISOString(),
  };
  const penilaianId = randomUUID();
  await tx.penilaian.create({
    data: {
      id: penilaianId,
      skpId,
      periodeId: tahunan.id,
      status: "FINAL",
      ratingHasil,
      ratingPerilaku,
      predikat,
      catatan,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      finalizedAt,
      finalizedById: penilaiId,
    },
  });
  // Ready for Kirim ke SIASN, as Finalkan marks it (lib/server/kirim-siasn/siapkan.ts).
  await tx.kirimSiasn.createMany({ data: jenisKirimUntuk(snapshot).map((jenis) => ({ instansiId: ids.instansiId, penilaianId, jenis, finalizedAt })) });
  await tx.riwayatStatus.createMany({
    data: [
      { entitas: "SKP", entitasId: skpId, dari: "DRAFT", ke: "PENGAJUAN", aktorId: pegawaiId, createdAt: new Date(Date.UTC(tahun, 0, 10, 2)) },
      { entitas: "SKP", entitasId: skpId, dari: "PENGAJUAN", ke: "PERSETUJUAN", aktorId: penilaiId, createdAt: new Date(Date.UTC(tahun, 0, 15, 3)) },
      { entitas: "PENILAIAN", entitasId: penilaianId, dari: "DRAFT", ke: "FINAL", aktorId: penilaiId, createdAt: finalizedAt },
    ],
  });
}
