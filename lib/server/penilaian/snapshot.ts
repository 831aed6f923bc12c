import "server-only";
import { angkaKreditPeriodik, KOEFISIEN_TAHUNAN, PERSEN_ANGKA_KREDIT } from "@/lib/domain/angka-kredit";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { capaianPersen } from "@/lib/domain/capaian";
import { bulanPeriode } from "@/lib/domain/penilaian-atasan";
import type { OrganisasiSnapshot, PenilaianSnapshot, UmpanBalikSnapshot } from "@/lib/domain/penilaian-snapshot";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { Predikat, Rating } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import type { PeriodeContext } from "@/lib/server/penilaian/konteks";
import { buildSkpSnapshot } from "@/lib/server/skp/snapshot";

type Finalisasi = {
  ctx: PeriodeContext;
  penilaianId: string;
  /** Null only in a draft's KONSEP print, before the atasan has chosen them. */
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
  organisasi: OrganisasiSnapshot;
  /** Null for a draft printed as KONSEP: nothing was signed off yet. */
  finalizedAt: Date | null;
};

/**
 * The evaluation as it stands at Finalkan (the shape lib/domain/penilaian-snapshot.ts
 * defines): people as they are today, RHK with this periode's realisasi, bukti and umpan
 * balik, and the capaian and distribution. Runs inside the finalising transaction after the
 * umpan balik were written, so it reads exactly what becomes final; a draft's KONSEP print builds
 * the same shape from what is saved so far.
 */
export async function buildPenilaianSnapshot(tx: Tx, f: Finalisasi): Promise<PenilaianSnapshot> {
  const { skp, periode } = f.ctx;
  // Sequential: a transaction's single connection takes one query at a time.
  const pihak = await buildSkpSnapshot(tx, skp.pegawaiId, skp.penilaiId);
  const pegawai = await tx.pegawai.findUniqueOrThrow({
    where: { id: skp.pegawaiId },
    select: { jenisJabatan: true, jenjangFungsional: true, instansi: { select: { nama: true, lokasi: true } } },
  });
  const rhkRows = await tx.rhk.findMany({
    where: { skpId: skp.id },
    orderBy: [{ jenis: "asc" }, { urutan: "asc" }, { createdAt: "asc" }],
    select: {
      jenis: true,
      teks: true,
      penugasanDari: true,
      parentRhk: { select: { teks: true } },
      indikator: {
        orderBy: [{ urutan: "asc" }, { createdAt: "asc" }],
        select: {
          aspek: true,
          perspektif: true,
          teks: true,
          targetMin: true,
          targetMax: true,
          satuan: true,
          targetNarasi: true,
          realisasi: { where: { periodeId: periode.id }, select: { nilai: true, narasi: true, sumberData: true } },
        },
      },
      buktiDukung: { where: { periodeId: periode.id }, orderBy: { createdAt: "asc" }, select: { nama: true, tautan: true } },
      umpanBalik: { where: { penilaianId: f.penilaianId }, select: { reaksi: true, teks: true } },
    },
  });
  const ekspektasi = await tx.ekspektasiKhusus.findMany({ where: { skpId: skp.id }, select: { coreValue: true, teks: true } });
  const umpanBalikPerilaku = await tx.umpanBalikPerilaku.findMany({
    where: { penilaianId: f.penilaianId },
    select: { coreValue: true, reaksi: true, teks: true },
  });

  const jenjang = pegawai.jenisJabatan === "FUNGSIONAL" ? pegawai.jenjangFungsional : null;
  const bulan = periode.jenis === "TAHUNAN" ? 12 : bulanPeriode(periode.awal, periode.akhir);
  return {
    periode: {
      jenis: periode.jenis,
      urutan: periode.urutan,
      label: periode.label,
      tahun: skp.tahun,
      awal: toIsoDate(periode.awal),
      akhir: toIsoDate(periode.akhir),
    },
    instansi: pegawai.instansi,
    pegawai: pihak.pegawai,
    penilai: pihak.penilai,
    atasanPenilai: pihak.atasanPenilai,
    layout: skp.layout,
    organisasi: f.organisasi,
    rhk: rhkRows.map((r) => ({
      jenis: r.jenis,
      teks: r.teks,
      penugasanDari: r.penugasanDari,
      rhkAtasan: r.parentRhk?.teks ?? null,
      indikator: r.indikator.map((i) => {
        const real = i.realisasi[0];
        const targetMin = i.targetMin?.toString() ?? null;
        const targetMax = i.targetMax?.toString() ?? null;
        const nilai = real?.nilai?.toString() ?? null;
        return {
          aspek: i.aspek,
          perspektif: i.perspektif,
          teks: i.teks,
          targetMin,
          targetMax,
          satuan: i.satuan,
          targetNarasi: i.targetNarasi,
          realisasi: real ? { nilai, narasi: real.narasi, sumberData: real.sumberData } : null,
          capaianPersen: capaianPersen(nilai, { min: targetMin, max: targetMax, aspek: i.aspek }),
        };
      }),
      buktiDukung: r.buktiDukung,
      umpanBalik: umpanBalikOf(r.umpanBalik[0]),
    })),
    ratingHasil: f.ratingHasil,
    perilaku: BERAKHLAK.map((v) => ({
      coreValue: v.coreValue,
      nama: v.nama,
      panduan: [...v.panduan],
      ekspektasi: ekspektasi.find((e) => e.coreValue === v.coreValue)?.teks ?? null,
      umpanBalik: umpanBalikOf(umpanBalikPerilaku.find((u) => u.coreValue === v.coreValue)),
    })),
    ratingPerilaku: f.ratingPerilaku,
    predikat: f.predikat,
    catatan: f.catatan,
    angkaKredit:
      jenjang && f.predikat
        ? {
            jenjang,
            koefisien: KOEFISIEN_TAHUNAN[jenjang],
            persen: PERSEN_ANGKA_KREDIT[f.predikat],
            bulan,
            nilai: angkaKreditPeriodik(jenjang, f.predikat, bulan),
          }
        : null,
    finalizedAt: f.finalizedAt?.toISOString() ?? "",
  };
}

function umpanBalikOf(row: { reaksi: string | null; teks: string | null } | undefined): UmpanBalikSnapshot | null {
  if (!row || (!row.reaksi && !row.teks)) return null;
  return { reaksi: row.reaksi, teks: row.teks };
}
