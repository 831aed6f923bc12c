import type { JenisPeriode, JenjangFungsional, Predikat } from "@/lib/generated/prisma/enums";
import { angkaKreditPeriodik, KOEFISIEN_TAHUNAN, PERSEN_ANGKA_KREDIT } from "./angka-kredit";
import { bulanPeriode } from "./penilaian-atasan";

/**
 * Angka kredit over the years of one pegawai fungsional, from their penilaian.
 *
 * Rule for a year's figure (PerBKN 3/2023: the yearly predikat is what converts for the year;
 * domain.md gives the periodic formula for a shorter periode):
 * - the Tahunan penilaian, when it is final;
 * - else the sum of the final periodic ones. A year may hold both triwulan and bulanan periode
 *   covering the same months, so only one series counts: triwulan when any triwulan is final,
 *   else bulanan.
 * Only a final penilaian has a predikat here; a draft (or one reopened) counts nothing until it is
 * finalised again. All sums run in integer thousandths, so totals are exact to 3 decimals.
 */

export type BarisPenilaianAngkaKredit = {
  penilaianId: string;
  tahun: number;
  jenis: JenisPeriode;
  urutan: number;
  awal: Date;
  akhir: Date;
  final: boolean;
  predikat: Predikat | null;
  /** Jenjang and months frozen in the finalisation snapshot, when stored. */
  jenjangSnapshot: JenjangFungsional | null;
  bulanSnapshot: number | null;
};

/** The values an `angkakredit/save` conversion carries (siasn.md: strings throughout). */
export type KonversiSiasn = {
  kreditUtamaBaru: string;
  bulanMulaiPenilaian: string;
  tahunMulaiPenilaian: string;
  bulanSelesaiPenilaian: string;
  tahunSelesaiPenilaian: string;
  isKonversi: "1";
};

/** One periode as the page shows it; `predikat` is null unless final. */
export type PeriodeAngkaKredit = Pick<BarisPenilaianAngkaKredit, "penilaianId" | "jenis" | "urutan" | "awal" | "akhir" | "final" | "predikat"> & {
  jenjang: JenjangFungsional | null;
  /** True when a final penilaian stored no jenjang, so today's is used (a draft always shows today's). */
  jenjangSaatIni: boolean;
  koefisien: number | null;
  persen: number | null;
  bulan: number;
  /** Null when not final or no jenjang is known. */
  nilai: number | null;
  /** Whether this periode's nilai makes up the year's figure. */
  dihitung: boolean;
  siasn: KonversiSiasn | null;
};

export type DasarTahun = "TAHUNAN" | "PERIODIK" | "BELUM_ADA";

export type TahunAngkaKredit = {
  tahun: number;
  periode: PeriodeAngkaKredit[];
  dasar: DasarTahun;
  jumlah: number;
  /** Running total from the first year shown up to and including this one. */
  kumulatif: number;
};

export type RiwayatAngkaKredit = { tahun: TahunAngkaKredit[]; total: number; adaFinal: boolean };

const URUTAN_JENIS: Record<JenisPeriode, number> = { BULANAN: 0, TRIWULAN: 1, TAHUNAN: 2 };

export function riwayatAngkaKredit(rows: readonly BarisPenilaianAngkaKredit[], jenjangSekarang: JenjangFungsional | null): RiwayatAngkaKredit {
  const perTahun = new Map<number, BarisPenilaianAngkaKredit[]>();
  for (const row of rows) perTahun.set(row.tahun, [...(perTahun.get(row.tahun) ?? []), row]);

  let kumulatifRibuan = 0;
  const tahun = [...perTahun.keys()]
    .sort((a, b) => a - b)
    .map((t): TahunAngkaKredit => {
      const periode = perTahun
        .get(t)!
        .map((row) => periodeAngkaKredit(row, jenjangSekarang))
        .sort((a, b) => URUTAN_JENIS[a.jenis] - URUTAN_JENIS[b.jenis] || a.urutan - b.urutan);
      const dasar = dasarTahun(periode);
      const dihitung = periode.map((p) => ({ ...p, dihitung: p.nilai !== null && termasuk(p.jenis, dasar, periode) }));
      const jumlahRibuan = dihitung.reduce((sum, p) => sum + (p.dihitung ? ribuan(p.nilai!) : 0), 0);
      kumulatifRibuan += jumlahRibuan;
      return { tahun: t, periode: dihitung, dasar, jumlah: jumlahRibuan / 1000, kumulatif: kumulatifRibuan / 1000 };
    });
  return { tahun, total: kumulatifRibuan / 1000, adaFinal: rows.some((r) => r.final && r.predikat !== null) };
}

/** `12.5` → `"12.500"`: SIASN's decimals as text, and the page's own 3-decimal figures. */
export function teksTigaDesimal(nilai: number): string {
  const r = ribuan(nilai);
  const sign = r < 0 ? "-" : "";
  const abs = Math.abs(r);
  return `${sign}${Math.trunc(abs / 1000)}.${String(abs % 1000).padStart(3, "0")}`;
}

function periodeAngkaKredit(row: BarisPenilaianAngkaKredit, jenjangSekarang: JenjangFungsional | null): PeriodeAngkaKredit {
  const predikat = row.final ? row.predikat : null;
  const jenjang = row.jenjangSnapshot ?? jenjangSekarang;
  const bulanTersimpan = row.bulanSnapshot !== null && Number.isInteger(row.bulanSnapshot) && row.bulanSnapshot >= 1 && row.bulanSnapshot <= 12;
  const bulan = bulanTersimpan ? row.bulanSnapshot! : row.jenis === "TAHUNAN" ? 12 : bulanPeriode(row.awal, row.akhir);
  const nilai = predikat && jenjang ? angkaKreditPeriodik(jenjang, predikat, bulan) : null;
  return {
    penilaianId: row.penilaianId,
    jenis: row.jenis,
    urutan: row.urutan,
    awal: row.awal,
    akhir: row.akhir,
    final: row.final,
    predikat,
    jenjang,
    jenjangSaatIni: row.final && row.jenjangSnapshot === null && jenjang !== null,
    koefisien: jenjang ? KOEFISIEN_TAHUNAN[jenjang] : null,
    persen: predikat ? PERSEN_ANGKA_KREDIT[predikat] : null,
    bulan,
    nilai,
    dihitung: false,
    // Only the tahunan result is converted in SIASN (lib/domain/siasn/kirim.ts jenisKirimUntuk):
    // a periodic one would count the same months twice.
    siasn: nilai === null || row.jenis !== "TAHUNAN" ? null : konversiSiasn(nilai, row.awal, row.akhir),
  };
}

function dasarTahun(periode: readonly PeriodeAngkaKredit[]): DasarTahun {
  if (periode.some((p) => p.jenis === "TAHUNAN" && p.nilai !== null)) return "TAHUNAN";
  return periode.some((p) => p.jenis !== "TAHUNAN" && p.nilai !== null) ? "PERIODIK" : "BELUM_ADA";
}

function termasuk(jenis: JenisPeriode, dasar: DasarTahun, periode: readonly PeriodeAngkaKredit[]): boolean {
  if (dasar === "TAHUNAN") return jenis === "TAHUNAN";
  if (dasar === "BELUM_ADA" || jenis === "TAHUNAN") return false;
  const seri = periode.some((p) => p.jenis === "TRIWULAN" && p.nilai !== null) ? "TRIWULAN" : "BULANAN";
  return jenis === seri;
}

function konversiSiasn(nilai: number, awal: Date, akhir: Date): KonversiSiasn {
  return {
    kreditUtamaBaru: teksTigaDesimal(nilai),
    bulanMulaiPenilaian: String(awal.getUTCMonth() + 1),
    tahunMulaiPenilaian: String(awal.getUTCFullYear()),
    bulanSelesaiPenilaian: String(akhir.getUTCMonth() + 1),
    tahunSelesaiPenilaian: String(akhir.getUTCFullYear()),
    isKonversi: "1",
  };
}

/** Angka kredit values carry exactly 3 decimals (angkaKreditPeriodik), so this is exact. */
function ribuan(nilai: number): number {
  return Math.round(nilai * 1000);
}
