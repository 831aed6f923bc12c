import type { JenisPeriode, JenjangFungsional, Predikat, Rating } from "@/lib/generated/prisma/enums";

/**
 * The one table from our enums to the SIASN reference values "Kirim ke SIASN" posts
 * (shared/siasn.md, "Writing results back"). BKN publishes no contract; the field names agree
 * across public clients, but most reference values below do not come from a source we can
 * check. Each value says whether it is confirmed, so whoever gets BKN's reference lists changes
 * only this table.
 */
export type NilaiReferensi = { nilai: string; terkonfirmasi: boolean };

const belum = (nilai: string): NilaiReferensi => ({ nilai, terkonfirmasi: false });

const HURUF_RUANG = ["a", "b", "c", "d", "e"] as const;
const GOLONGAN_PNS: [string, number][] = [["I", 4], ["II", 4], ["III", 4], ["IV", 5]];

export const REFERENSI_SIASN = {
  // Reference "periodik": which id means monthly/quarterly/yearly is not published.
  periodikId: { BULANAN: belum("1"), TRIWULAN: belum("2"), TAHUNAN: belum("3") } satisfies Record<JenisPeriode, NilaiReferensi>,
  // Reference "perilakuDanKinerja": public clients order it low to high; not confirmed.
  rating: {
    DI_BAWAH_EKSPEKTASI: belum("1"),
    SESUAI_EKSPEKTASI: belum("2"),
    DI_ATAS_EKSPEKTASI: belum("3"),
  } satisfies Record<Rating, NilaiReferensi>,
  // Predikat quadrant (kuadranKinerjaNilai): best first in public clients; not confirmed.
  kuadranKinerja: {
    SANGAT_BAIK: belum("1"),
    BAIK: belum("2"),
    BUTUH_PERBAIKAN: belum("3"),
    KURANG: belum("4"),
    SANGAT_KURANG: belum("5"),
  } satisfies Record<Predikat, NilaiReferensi>,
  // Reference ids of the koefisien per jenjang; guessed in jenjang order, not confirmed.
  koefisienId: {
    AHLI_PERTAMA: belum("1"),
    AHLI_MUDA: belum("2"),
    AHLI_MADYA: belum("3"),
    AHLI_UTAMA: belum("4"),
    PEMULA: belum("5"),
    TERAMPIL: belum("6"),
    MAHIR: belum("7"),
    PENYELIA: belum("8"),
  } satisfies Record<JenjangFungsional, NilaiReferensi>,
  // SIASN's ref-golongan ids for PNS (III/a → "31"), as data-utama's golRuangAkhirId shows
  // them; PPPK golongan ids are unknown, so a PPPK penilai is sent without one.
  penilaiGolongan: Object.fromEntries(
    GOLONGAN_PNS.flatMap(([romawi, ruang], i) =>
      HURUF_RUANG.slice(0, ruang).map((huruf, j) => [`${romawi}/${huruf}`, belum(`${i + 1}${j + 1}`)]),
    ),
  ) as Record<string, NilaiReferensi>,
} as const;
