import type {
  Aspek,
  CoreValue,
  JenisJabatan,
  JenisPeriode,
  JenisRhk,
  JenjangFungsional,
  KlasifikasiRhk,
  LayoutSkp,
  Pendekatan,
  Perspektif,
  Predikat,
  Rating,
  StatusPenilaian,
  StatusSkp,
  StatusVerifikasi,
} from "@/lib/generated/prisma/enums";
import type { AngkaKreditSnapshot } from "./penilaian-snapshot";
import type { TargetIndikator } from "./skp-target";

/**
 * The shape of `data.json` in "Unduh data saya", a promise to whoever reads it with a program:
 * fields are only ever added. A field that changes meaning or goes away raises `versi`.
 * Enums are the codes the app stores (`SANGAT_BAIK`), dates `YYYY-MM-DD`, instants ISO 8601,
 * decimals strings as the database prints them (`"12.5"`), so nothing is lost to floats.
 *
 * { versi: 1, dibuatPada, pegawai, skp: [SkpUnduhan …] } where each SkpUnduhan is one year and
 * carries its `progresHarian` entries (read in batches, written as they come).
 */
export const VERSI_UNDUH_DATA = 1;

export type PegawaiUnduhan = {
  id: string;
  nip: string;
  nama: string;
  jabatan: string;
  jenisJabatan: JenisJabatan;
  jenjangFungsional: JenjangFungsional | null;
  unitKerja: string | null;
  instansi: string;
};

export type SkpUnduhan = {
  id: string;
  tahun: number;
  status: StatusSkp;
  /** `YYYY-MM-DD` */
  periodeAwal: string;
  periodeAkhir: string;
  pendekatan: Pendekatan;
  layout: LayoutSkp;
  penilai: { nama: string; nip: string } | null;
  rhk: RhkUnduhan[];
  periode: PeriodeUnduhan[];
};

export type RhkUnduhan = {
  id: string;
  jenis: JenisRhk;
  klasifikasi: KlasifikasiRhk | null;
  teks: string;
  penugasanDari: string | null;
  /** Text of the "RHK atasan yang diintervensi", or null. */
  rhkAtasan: string | null;
  indikator: IndikatorUnduhan[];
};

export type IndikatorUnduhan = TargetIndikator & {
  id: string;
  aspek: Aspek | null;
  perspektif: Perspektif | null;
  teks: string;
};

/** One periode penilaian of the SKP's year with what was entered and rated in it. */
export type PeriodeUnduhan = {
  id: string;
  jenis: JenisPeriode;
  urutan: number;
  /** `Triwulan I`, `Maret`, `Tahunan` */
  label: string;
  awal: string;
  akhir: string;
  realisasi: { indikatorId: string; nilai: string | null; narasi: string | null; sumberData: string | null }[];
  buktiDukung: { rhkId: string; nama: string; tautan: string }[];
  penilaian: PenilaianUnduhan | null;
};

export type PenilaianUnduhan = {
  id: string;
  status: StatusPenilaian;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
  finalizedAt: string | null;
  umpanBalikRhk: { rhkId: string; reaksi: string | null; teks: string | null }[];
  umpanBalikPerilaku: { coreValue: CoreValue; reaksi: string | null; teks: string | null }[];
  /** As fixed at finalisation (lib/domain/angka-kredit.ts); null before it or outside jabatan fungsional. */
  angkaKredit: AngkaKreditSnapshot | null;
};

/** One Progres Harian entry; `jamMulai`/`jamSelesai` are `08.30` (formatJam) in the instansi's zone. */
export type ProgresHarianUnduhan = {
  id: string;
  tanggal: string;
  jamMulai: string;
  jamSelesai: string;
  rencanaAksi: string;
  indikatorId: string | null;
  kegiatan: string;
  realisasi: number;
  satuan: string;
  tautanBukti: string | null;
  sumberData: string | null;
  status: StatusVerifikasi;
  catatanVerifikasi: string | null;
  umpanBalikReaksi: string | null;
  umpanBalikTeks: string | null;
};


/**
 * Each ZIP renders every year's PDFs: at most `jumlah` downloads per person in `menit` minutes,
 * counted from their own audit rows, so every app server sees the same count.
 */
export const BATAS_UNDUHAN = { jumlah: 5, menit: 10 } as const;

/** Whole minutes until the actor may download again (0: now), given their downloads so far. */
export function menitSampaiBolehUnduh(sebelumnya: readonly Date[], now: Date): number {
  const jendelaMs = BATAS_UNDUHAN.menit * 60_000;
  const dalamJendela = sebelumnya
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - jendelaMs && t <= now.getTime())
    .sort((a, b) => a - b);
  if (dalamJendela.length < BATAS_UNDUHAN.jumlah) return 0;
  // The download that must leave the window before one more fits in it.
  const penentu = dalamJendela[dalamJendela.length - BATAS_UNDUHAN.jumlah] ?? now.getTime();
  return Math.max(1, Math.ceil((penentu + jendelaMs - now.getTime()) / 60_000));
}
