import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { namaDenganGelar, type PihakSnapshot } from "@/lib/domain/skp-snapshot";
import type { SeedInstansi, SeedPegawai, SeedUnit } from "./data/types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

type RhkSeed = {
  teks: string;
  /** Index of the atasan's RHK this one intervenes. */
  intervensi?: number;
  indikator: Array<{ aspek: "KUANTITAS" | "KUALITAS" | "WAKTU"; teks: string; target: number; satuan: string; perspektif?: "PENERIMA_LAYANAN" | "PROSES_BISNIS" | "PENGUATAN_INTERNAL" | "ANGGARAN" }>;
};

export const TIGA_ASPEK = (kuantitas: string, target: number, satuan: string) => [
  { aspek: "KUANTITAS" as const, teks: `Jumlah ${kuantitas}`, target, satuan },
  { aspek: "KUALITAS" as const, teks: `Persentase ${kuantitas} yang sesuai ketentuan`, target: 100, satuan: "%" },
  { aspek: "WAKTU" as const, teks: `Waktu penyelesaian ${kuantitas}`, target: 12, satuan: "Bulan" },
];

/**
 * Approved SKPs down the Mutasi chain (Kepala → Kabid Mutasi → Kasubbid Mutasi), so a new
 * user can at once cascade their RHK from their atasan's, as they would mid-year.
 */
const CHAIN: Array<{ pegawaiKey: string; layout: "JPT" | "STANDAR"; rhk: RhkSeed[] }> = [
  {
    pegawaiKey: "kepala",
    layout: "JPT",
    rhk: [
      { teks: "Meningkatnya kualitas manajemen ASN di lingkungan Pemerintah Kota Bandung", indikator: [{ aspek: "KUALITAS", teks: "Indeks Sistem Merit", target: 0.8, satuan: "Indeks", perspektif: "PENERIMA_LAYANAN" }] },
      { teks: "Meningkatnya kompetensi ASN Pemerintah Kota Bandung", indikator: [{ aspek: "KUANTITAS", teks: "Persentase ASN yang memenuhi standar kompetensi jabatan", target: 75, satuan: "%", perspektif: "PROSES_BISNIS" }] },
      { teks: "Terwujudnya tata kelola penilaian kinerja ASN yang akuntabel", indikator: [{ aspek: "KUALITAS", teks: "Persentase ASN dengan SKP yang dinilai tepat waktu", target: 95, satuan: "%", perspektif: "PENGUATAN_INTERNAL" }] },
    ],
  },
  {
    pegawaiKey: "kabid-mutasi",
    layout: "STANDAR",
    rhk: [
      { teks: "Terlaksananya mutasi dan promosi ASN sesuai sistem merit", intervensi: 0, indikator: TIGA_ASPEK("usulan mutasi yang diproses", 400, "Usulan") },
      { teks: "Tersusunnya peta jabatan dan pola karier ASN", intervensi: 0, indikator: TIGA_ASPEK("dokumen peta jabatan", 1, "Dokumen") },
    ],
  },
  {
    pegawaiKey: "kasubbid-mutasi",
    layout: "STANDAR",
    rhk: [
      { teks: "Terselesaikannya proses mutasi ASN antar perangkat daerah", intervensi: 0, indikator: TIGA_ASPEK("SK mutasi yang diterbitkan", 300, "SK") },
      { teks: "Tersedianya data mutasi ASN yang mutakhir", intervensi: 0, indikator: TIGA_ASPEK("laporan data mutasi", 12, "Laporan") },
      { teks: "Terlaksananya verifikasi berkas usulan pindah masuk dan pindah keluar", intervensi: 1, indikator: TIGA_ASPEK("berkas usulan yang diverifikasi", 150, "Berkas") },
    ],
  },
];

export async function seedDemoSkp(
  tx: Tx,
  data: SeedInstansi,
  ids: { tahunId: string; tahun: number; pegawaiId: Map<string, string>; atasanKey: Map<string, string | undefined> },
) {
  const byKey = new Map(data.pegawai.map((p) => [p.key, p]));
  const units = new Map(data.units.map((u) => [u.key, u]));
  let atasanRhkIds: string[] = [];

  for (const link of CHAIN) {
    const pegawai = byKey.get(link.pegawaiKey);
    if (!pegawai) continue;
    const penilaiKey = ids.atasanKey.get(pegawai.key);
    const penilai = penilaiKey ? byKey.get(penilaiKey) : undefined;
    const atasanPenilaiKey = penilaiKey ? ids.atasanKey.get(penilaiKey) : undefined;
    const atasanPenilai = atasanPenilaiKey ? byKey.get(atasanPenilaiKey) : undefined;
    const pid = (p: SeedPegawai) => ids.pegawaiId.get(p.key) ?? "";
    const pihak = (p: SeedPegawai | undefined): PihakSnapshot | null =>
      p ? toPihak(p, pid(p), units.get(p.unitKey), data.nama) : null;

    const skpId = randomUUID();
    await tx.skp.create({
      data: {
        id: skpId,
        pegawaiId: pid(pegawai),
        tahunId: ids.tahunId,
        periodeAwal: new Date(Date.UTC(ids.tahun, 0, 1)),
        periodeAkhir: new Date(Date.UTC(ids.tahun, 11, 31)),
        pendekatan: "KUANTITATIF",
        layout: link.layout,
        status: "PERSETUJUAN",
        penilaiId: penilai ? pid(penilai) : null,
        snapshot: {
          diambilPada: new Date().toISOString(),
          pegawai: pihak(pegawai),
          penilai: pihak(penilai),
          atasanPenilai: pihak(atasanPenilai),
        } as Prisma.InputJsonValue,
      },
    });

    const rhkIds = link.rhk.map(() => randomUUID());
    await tx.rhk.createMany({
      data: link.rhk.map((r, i) => ({
        id: rhkIds[i] as string,
        skpId,
        jenis: "UTAMA" as const,
        klasifikasi: link.layout === "JPT" ? ("ORGANISASI" as const) : null,
        teks: r.teks,
        parentRhkId: r.intervensi === undefined ? null : (atasanRhkIds[r.intervensi] ?? null),
        urutan: i + 1,
      })),
    });
    await tx.indikator.createMany({
      data: link.rhk.flatMap((r, i) =>
        r.indikator.map((ind, j) => ({
          rhkId: rhkIds[i] as string,
          aspek: ind.aspek,
          teks: ind.teks,
          targetMin: ind.target,
          satuan: ind.satuan,
          perspektif: ind.perspektif ?? null,
          urutan: j + 1,
        })),
      ),
    });
    const aktorPenilai = penilai ? pid(penilai) : pid(pegawai);
    await tx.riwayatStatus.createMany({
      data: [
        { entitas: "SKP", entitasId: skpId, dari: "DRAFT", ke: "PENGAJUAN", aktorId: pid(pegawai), createdAt: new Date(Date.UTC(ids.tahun, 0, 10, 2)) },
        { entitas: "SKP", entitasId: skpId, dari: "PENGAJUAN", ke: "PERSETUJUAN", aktorId: aktorPenilai, createdAt: new Date(Date.UTC(ids.tahun, 0, 15, 3)) },
      ],
    });
    atasanRhkIds = rhkIds;
  }
}

export function toPihak(p: SeedPegawai, id: string, unit: SeedUnit | undefined, instansi: string): PihakSnapshot {
  return {
    id,
    nama: namaDenganGelar(p),
    nip: p.nip,
    pangkat: p.pangkat ?? null,
    golongan: p.golongan,
    jabatan: p.jabatan,
    unit: unit?.nama ?? null,
    instansi,
  };
}
