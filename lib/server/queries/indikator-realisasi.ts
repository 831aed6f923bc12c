import "server-only";
import { capaianPersen } from "@/lib/domain/capaian";
import type { Aspek } from "@/lib/generated/prisma/enums";

/** An RHK's indikator with the realisasi of one periode: what the pegawai and the atasan both read. */
export function indikatorRealisasiSelect(periodeId: string) {
  return {
    orderBy: [{ urutan: "asc" as const }, { createdAt: "asc" as const }],
    select: {
      id: true,
      teks: true,
      aspek: true,
      targetMin: true,
      targetMax: true,
      satuan: true,
      targetNarasi: true,
      realisasi: { where: { periodeId }, select: { nilai: true, narasi: true, sumberData: true, updatedAt: true } },
    },
  };
}

type IndikatorRaw = {
  id: string;
  teks: string;
  aspek: Aspek | null;
  targetMin: { toString(): string } | null;
  targetMax: { toString(): string } | null;
  satuan: string | null;
  targetNarasi: string | null;
  realisasi: { nilai: { toString(): string } | null; narasi: string | null; sumberData: string | null; updatedAt: Date }[];
};

/** Decimals leave the server as strings: pages show them, forms edit them. */
export function toIndikatorRealisasi(i: IndikatorRaw) {
  const targetMin = i.targetMin?.toString() ?? null;
  const targetMax = i.targetMax?.toString() ?? null;
  const r = i.realisasi[0] ?? null;
  const nilai = r?.nilai?.toString() ?? null;
  return {
    id: i.id,
    teks: i.teks,
    target: { targetMin, targetMax, satuan: i.satuan, targetNarasi: i.targetNarasi, aspek: i.aspek },
    realisasi: r ? { nilai, narasi: r.narasi, sumberData: r.sumberData, updatedAt: r.updatedAt } : null,
    capaian: i.targetNarasi ? null : capaianPersen(nilai, { min: targetMin, max: targetMax, aspek: i.aspek }),
  };
}
