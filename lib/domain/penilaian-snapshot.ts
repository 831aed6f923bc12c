import type {
  Aspek,
  CapaianOrganisasi,
  CoreValue,
  JenisPeriode,
  JenisRhk,
  JenjangFungsional,
  LayoutSkp,
  Perspektif,
  Predikat,
  Rating,
} from "@/lib/generated/prisma/enums";
import { BERAKHLAK } from "./berakhlak";
import {
  LABEL_ASPEK,
  LABEL_CAPAIAN_ORGANISASI,
  LABEL_JENIS_PERIODE,
  LABEL_JENJANG_FUNGSIONAL,
  LABEL_LAYOUT_SKP,
  LABEL_PERSPEKTIF,
  LABEL_PREDIKAT,
  LABEL_RATING,
} from "./labels";
import { readSkpSnapshot, type PihakSnapshot } from "./skp-snapshot";

/**
 * Everything the "Evaluasi Kinerja Pegawai" and "Dokumen Evaluasi Kinerja Pegawai" print, frozen
 * into `Penilaian.snapshot` when the atasan finalises, so a later mutasi, a renamed RHK or a
 * changed capaian organisasi never rewrites a signed document. Plain JSON: strings, numbers,
 * nulls, arrays and objects only; dates are ISO strings.
 *
 * How to fill it (at Finalkan, in the same transaction that sets status FINAL):
 * - `periode`: from PeriodePenilaian; `label` = `periodeLabel(jenis, urutan)`; `awal`/`akhir` =
 *   `toIsoDate(...)`; `tahun` = the Tahun row's year.
 * - `instansi`: the pegawai's Instansi `nama` and `lokasi` (the town printed by the signatures).
 * - `pegawai`, `penilai`, `atasanPenilai`: the people as they are NOW, not the SKP's old
 *   snapshot: spread `buildSkpSnapshot(tx, skp.pegawaiId, skp.penilaiId)` (lib/server/skp/snapshot).
 * - `layout`: the SKP's layout (picks the RHK table's columns).
 * - `rhk`: every RHK of the SKP, Utama first then Tambahan, each in `urutan` order.
 * - `ratingHasil`, `ratingPerilaku`, `predikat`, `catatan`: the values being finalised.
 * - `perilaku`: the 7 BerAKHLAK values in `BERAKHLAK` order with the SKP's ekspektasi khusus and
 *   this penilaian's UmpanBalikPerilaku.
 * - `organisasi`: see its type. `angkaKredit`: only for jabatan fungsional with a jenjang.
 * - `finalizedAt`: the same instant stored in `Penilaian.finalizedAt`, as ISO.
 */
export type PenilaianSnapshot = {
  periode: PeriodeSnapshot;
  instansi: { nama: string; lokasi: string };
  pegawai: PihakSnapshot | null;
  penilai: PihakSnapshot | null;
  atasanPenilai: PihakSnapshot | null;
  layout: LayoutSkp;
  organisasi: OrganisasiSnapshot;
  rhk: RhkPenilaianSnapshot[];
  ratingHasil: Rating | null;
  perilaku: PerilakuSnapshot[];
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  catatan: string | null;
  angkaKredit: AngkaKreditSnapshot | null;
  finalizedAt: string;
};

export type PeriodeSnapshot = {
  jenis: JenisPeriode;
  urutan: number;
  /** `Triwulan I`, `Maret`, `Tahunan` (periodeLabel). */
  label: string;
  tahun: number;
  /** `YYYY-MM-DD` */
  awal: string;
  /** `YYYY-MM-DD` */
  akhir: string;
};

/**
 * The capaian organisasi that counts for the pegawai, and the pola distribusi of their kurva, at
 * finalisation. For a unit head these are two units: the unit they lead, whose capaian fixes their
 * Rating Hasil Kerja, and the unit above, whose pegawai they are distributed among (`unitKurvaId`).
 */
export type OrganisasiSnapshot = {
  /** The unit whose capaian counts: the unit a head leads, else the pegawai's own; null without a unit. */
  unit: string | null;
  /** CapaianOrganisasiUnit of that unit for this periode, or null when not set yet. */
  capaian: CapaianOrganisasi | null;
  /**
   * Pola distribusi: how many pegawai of the kurva unit have each predikat in this periode (FINAL
   * penilaian, counting this one) — the same counts the atasan's kurva chart shows. All five
   * keys present; 0 where none.
   */
  distribusi: Record<Predikat, number>;
  /** Name of the kurva unit `distribusi` counts; the same as `unit` except for a unit head. */
  unitDistribusi: string | null;
};

export type RhkPenilaianSnapshot = {
  jenis: JenisRhk;
  teks: string;
  penugasanDari: string | null;
  /** Text of the "RHK atasan yang diintervensi", or null. */
  rhkAtasan: string | null;
  indikator: IndikatorPenilaianSnapshot[];
  buktiDukung: { nama: string; tautan: string }[];
  /** UmpanBalikRhk of this penilaian, or null when the atasan wrote none. */
  umpanBalik: UmpanBalikSnapshot | null;
};

export type IndikatorPenilaianSnapshot = {
  aspek: Aspek | null;
  perspektif: Perspektif | null;
  teks: string;
  /** Decimal columns as Prisma prints them (`"12.5"`), like `TargetIndikator` in skp-target. */
  targetMin: string | null;
  targetMax: string | null;
  satuan: string | null;
  targetNarasi: string | null;
  /** Realisasi of this periode, or null when the pegawai entered none. */
  realisasi: { nilai: string | null; narasi: string | null; sumberData: string | null } | null;
  /** `capaianPersen(realisasi.nilai, { min: targetMin, max: targetMax, aspek })`; null when not computable. */
  capaianPersen: number | null;
};

export type UmpanBalikSnapshot = { reaksi: string | null; teks: string | null };

export type PerilakuSnapshot = {
  coreValue: CoreValue;
  nama: string;
  panduan: string[];
  /** Ekspektasi khusus pimpinan from the SKP, or null. */
  ekspektasi: string | null;
  umpanBalik: UmpanBalikSnapshot | null;
};

export type AngkaKreditSnapshot = {
  jenjang: JenjangFungsional;
  koefisien: number;
  /** PERSEN_ANGKA_KREDIT[predikat] */
  persen: number;
  /** Months the periode covers: 12 for tahunan (angkaKreditTahunan), else angkaKreditPeriodik. */
  bulan: number;
  nilai: number;
};

/** Reads the JSON column defensively: old or hand-edited rows must still print. */
export function readPenilaianSnapshot(value: unknown): PenilaianSnapshot {
  const obj = record(value);
  const pihak = readSkpSnapshot(obj);
  const periode = record(obj.periode);
  const instansi = record(obj.instansi);
  const organisasi = record(obj.organisasi);
  const distribusi = record(organisasi.distribusi);
  return {
    periode: {
      jenis: oneOf(periode.jenis, LABEL_JENIS_PERIODE) ?? "TRIWULAN",
      urutan: num(periode.urutan) ?? 1,
      label: str(periode.label) ?? "-",
      tahun: num(periode.tahun) ?? 0,
      awal: str(periode.awal) ?? "",
      akhir: str(periode.akhir) ?? "",
    },
    instansi: { nama: str(instansi.nama) ?? "-", lokasi: str(instansi.lokasi) ?? "" },
    pegawai: pihak.pegawai,
    penilai: pihak.penilai,
    atasanPenilai: pihak.atasanPenilai,
    layout: oneOf(obj.layout, LABEL_LAYOUT_SKP) ?? "STANDAR",
    organisasi: {
      unit: str(organisasi.unit),
      capaian: oneOf(organisasi.capaian, LABEL_CAPAIAN_ORGANISASI),
      distribusi: mapKeys(LABEL_PREDIKAT, (p) => Math.max(0, Math.trunc(num(distribusi[p]) ?? 0))),
      // Snapshots from before the field counted one unit for both.
      unitDistribusi: "unitDistribusi" in organisasi ? str(organisasi.unitDistribusi) : str(organisasi.unit),
    },
    rhk: list(obj.rhk).map(readRhk),
    ratingHasil: oneOf(obj.ratingHasil, LABEL_RATING),
    perilaku: readPerilaku(obj.perilaku),
    ratingPerilaku: oneOf(obj.ratingPerilaku, LABEL_RATING),
    predikat: oneOf(obj.predikat, LABEL_PREDIKAT),
    catatan: str(obj.catatan),
    angkaKredit: readAngkaKredit(obj.angkaKredit),
    finalizedAt: str(obj.finalizedAt) ?? "",
  };
}

function readRhk(value: unknown): RhkPenilaianSnapshot {
  const r = record(value);
  return {
    jenis: r.jenis === "TAMBAHAN" ? "TAMBAHAN" : "UTAMA",
    teks: str(r.teks) ?? "-",
    penugasanDari: str(r.penugasanDari),
    rhkAtasan: str(r.rhkAtasan),
    indikator: list(r.indikator).map(readIndikator),
    buktiDukung: list(r.buktiDukung).flatMap((b) => {
      const bukti = record(b);
      const nama = str(bukti.nama);
      const tautan = str(bukti.tautan);
      return nama !== null && tautan !== null ? [{ nama, tautan }] : [];
    }),
    umpanBalik: readUmpanBalik(r.umpanBalik),
  };
}

function readIndikator(value: unknown): IndikatorPenilaianSnapshot {
  const i = record(value);
  const realisasi = i.realisasi === null || i.realisasi === undefined ? null : record(i.realisasi);
  return {
    aspek: oneOf(i.aspek, LABEL_ASPEK),
    perspektif: oneOf(i.perspektif, LABEL_PERSPEKTIF),
    teks: str(i.teks) ?? "-",
    targetMin: decimal(i.targetMin),
    targetMax: decimal(i.targetMax),
    satuan: str(i.satuan),
    targetNarasi: str(i.targetNarasi),
    realisasi: realisasi && {
      nilai: decimal(realisasi.nilai),
      narasi: str(realisasi.narasi),
      sumberData: str(realisasi.sumberData),
    },
    capaianPersen: num(i.capaianPersen),
  };
}

/** Always the 7 values in BerAKHLAK order, whatever the stored array holds. */
function readPerilaku(value: unknown): PerilakuSnapshot[] {
  const stored = list(value).map(record);
  return BERAKHLAK.map((info) => {
    const p = stored.find((s) => s.coreValue === info.coreValue) ?? {};
    const panduan = list(p.panduan).filter((x): x is string => typeof x === "string");
    return {
      coreValue: info.coreValue,
      nama: str(p.nama) ?? info.nama,
      panduan: panduan.length > 0 ? panduan : [...info.panduan],
      ekspektasi: str(p.ekspektasi),
      umpanBalik: readUmpanBalik(p.umpanBalik),
    };
  });
}

function readUmpanBalik(value: unknown): UmpanBalikSnapshot | null {
  const u = record(value);
  const reaksi = str(u.reaksi);
  const teks = str(u.teks);
  return reaksi === null && teks === null ? null : { reaksi, teks };
}

function readAngkaKredit(value: unknown): AngkaKreditSnapshot | null {
  const a = record(value);
  const jenjang = oneOf(a.jenjang, LABEL_JENJANG_FUNGSIONAL);
  const nilai = num(a.nilai);
  if (jenjang === null || nilai === null) return null;
  return { jenjang, koefisien: num(a.koefisien) ?? 0, persen: num(a.persen) ?? 0, bulan: num(a.bulan) ?? 12, nilai };
}

function oneOf<K extends string>(value: unknown, labels: Record<K, string>): K | null {
  return typeof value === "string" && Object.hasOwn(labels, value) ? (value as K) : null;
}

function mapKeys<K extends string, V>(labels: Record<K, string>, fn: (key: K) => V): Record<K, V> {
  return Object.fromEntries((Object.keys(labels) as K[]).map((k) => [k, fn(k)])) as Record<K, V>;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** A Decimal as Prisma prints it; a number from a hand-edited row is accepted too. */
function decimal(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim()) ? value.trim() : null;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
