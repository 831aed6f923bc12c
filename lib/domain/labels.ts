import type {
  Aspek,
  CapaianOrganisasi,
  CoreValue,
  EntitasRiwayat,
  JenisJabatan,
  JenisLampiran,
  JenisPegawai,
  JenisPelaksanaTugas,
  JenisHariLibur,
  JenisKeteranganHari,
  JenisKirimSiasn,
  JenisPeriode,
  JenisRhk,
  JenjangFungsional,
  KlasifikasiRhk,
  LayoutSkp,
  ModeKurva,
  Pendekatan,
  Perspektif,
  Predikat,
  Rating,
  Role,
  StatusJob,
  StatusKirimSiasn,
  StatusPenilaian,
  StatusPermintaan,
  StatusSkp,
  StatusVerifikasi,
} from "@/lib/generated/prisma/enums";

// One label map per schema enum. `Record<Enum, string>` makes a new enum value a type error
// here until it has a Bahasa Indonesia label.

/**
 * What a status means, which fixes its colour (components/status-badge.tsx): one colour per
 * meaning, whichever family the status belongs to, so "approved" is green everywhere.
 */
export type NadaStatus =
  /** Being written by its owner; nobody else has to act yet. */
  | "neutral"
  /** Waiting for someone's decision or turn. */
  | "info"
  /** Running right now. */
  | "progress"
  /** Approved, final, done. */
  | "success"
  /** Sent back to its owner to be corrected. */
  | "returned"
  /** Refused or failed. */
  | "danger"
  /** Missing or stalled: someone has to start or look. */
  | "warning";

/** A small glyph beside the word; decorative, since the word carries the meaning. */
export type IkonStatus = "pensil" | "jam" | "putar" | "centang" | "kembali" | "silang" | "seru" | "kosong" | "kunci" | "buka";

export type StatusTampil = { label: string; nada: NadaStatus; ikon: IkonStatus };

/**
 * Every status a person sees, per family, with its one label, colour and icon: badges, filter
 * chips, tables, the XLSX and the PDF all read it here. Keeps the official e-Kinerja names
 * (Draft → Pengajuan → Persetujuan). Besides the stored states, each family holds the states
 * the lists derive: a Draft the atasan sent back ("Dikembalikan"), no SKP or no penilaian yet,
 * a job without progress, and where a periode's entry window stands (pelaksanaan-pengisian.ts).
 */
export const STATUS = {
  skp: {
    DRAFT: { label: "Draft", nada: "neutral", ikon: "pensil" },
    DIKEMBALIKAN: { label: "Dikembalikan", nada: "returned", ikon: "kembali" },
    PENGAJUAN: { label: "Pengajuan", nada: "info", ikon: "jam" },
    PERSETUJUAN: { label: "Persetujuan", nada: "success", ikon: "centang" },
    BELUM: { label: "Belum membuat SKP", nada: "warning", ikon: "kosong" },
  },
  penilaian: {
    BELUM: { label: "Belum dinilai", nada: "warning", ikon: "kosong" },
    DRAFT: { label: "Draft", nada: "neutral", ikon: "pensil" },
    FINAL: { label: "Final", nada: "success", ikon: "centang" },
  },
  pengisian: {
    BELUM_DIMULAI: { label: "Belum dimulai", nada: "neutral", ikon: "jam" },
    TERBUKA: { label: "Terbuka", nada: "progress", ikon: "buka" },
    DIBUKA_KEMBALI: { label: "Dibuka kembali", nada: "returned", ikon: "kembali" },
    DITUTUP: { label: "Ditutup", nada: "warning", ikon: "kunci" },
    FINAL: { label: "Final", nada: "success", ikon: "centang" },
  },
  verifikasi: {
    MENUNGGU: { label: "Menunggu verifikasi", nada: "info", ikon: "jam" },
    SESUAI: { label: "Sesuai", nada: "success", ikon: "centang" },
    PERLU_PERBAIKAN: { label: "Perlu perbaikan", nada: "returned", ikon: "kembali" },
  },
  permintaan: {
    MENUNGGU: { label: "Menunggu", nada: "info", ikon: "jam" },
    DISETUJUI: { label: "Disetujui", nada: "success", ikon: "centang" },
    DITOLAK: { label: "Ditolak", nada: "danger", ikon: "silang" },
  },
  job: {
    MENUNGGU: { label: "Menunggu", nada: "info", ikon: "jam" },
    BERJALAN: { label: "Berjalan", nada: "progress", ikon: "putar" },
    SELESAI: { label: "Selesai", nada: "success", ikon: "centang" },
    GAGAL: { label: "Gagal", nada: "danger", ikon: "silang" },
    TERHENTI: { label: "Terhenti", nada: "warning", ikon: "seru" },
  },
  kirimSiasn: {
    SIAP: { label: "Siap dikirim", nada: "info", ikon: "jam" },
    TERKIRIM: { label: "Terkirim", nada: "success", ikon: "centang" },
    GAGAL: { label: "Gagal", nada: "danger", ikon: "silang" },
  },
} as const satisfies Record<string, Record<string, StatusTampil>>;

export type KeluargaStatus = keyof typeof STATUS;
/** An SKP as lists show it: its stored status, a returned Draft, or no SKP at all. */
export type StatusSkpTampil = keyof typeof STATUS.skp;
export type StatusPenilaianTampil = keyof typeof STATUS.penilaian;
export type StatusJobTampil = keyof typeof STATUS.job;

export const LABEL_ROLE: Record<Role, string> = {
  PEGAWAI: "Pegawai",
  ADMIN: "Admin Instansi",
};

export const LABEL_JENIS_PEGAWAI: Record<JenisPegawai, string> = {
  PNS: "PNS",
  PPPK: "PPPK",
};

export const LABEL_JENIS_JABATAN: Record<JenisJabatan, string> = {
  STRUKTURAL: "Struktural",
  FUNGSIONAL: "Fungsional",
  PELAKSANA: "Pelaksana",
};

export const LABEL_JENJANG_FUNGSIONAL: Record<JenjangFungsional, string> = {
  AHLI_PERTAMA: "Ahli Pertama",
  AHLI_MUDA: "Ahli Muda",
  AHLI_MADYA: "Ahli Madya",
  AHLI_UTAMA: "Ahli Utama",
  PEMULA: "Pemula",
  TERAMPIL: "Terampil",
  MAHIR: "Mahir",
  PENYELIA: "Penyelia",
};

export const LABEL_JENIS_PELAKSANA_TUGAS: Record<JenisPelaksanaTugas, string> = {
  PLT: "Pelaksana Tugas (PLT)",
  PLH: "Pelaksana Harian (PLH)",
};

export const LABEL_STATUS_PERMINTAAN: Record<StatusPermintaan, string> = {
  MENUNGGU: STATUS.permintaan.MENUNGGU.label,
  DISETUJUI: STATUS.permintaan.DISETUJUI.label,
  DITOLAK: STATUS.permintaan.DITOLAK.label,
};

export const LABEL_MODE_KURVA: Record<ModeKurva, string> = {
  PERINGATAN: "Peringatan",
  BLOKIR: "Blokir",
};

export const LABEL_PENDEKATAN: Record<Pendekatan, string> = {
  KUANTITATIF: "Kuantitatif",
  KUALITATIF: "Kualitatif",
};

export const LABEL_LAYOUT_SKP: Record<LayoutSkp, string> = {
  JPT: "JPT",
  STANDAR: "Administrator/Pengawas/Fungsional/Pelaksana",
  KUALITATIF: "Kualitatif",
};

export const LABEL_STATUS_SKP: Record<StatusSkp, string> = {
  DRAFT: STATUS.skp.DRAFT.label,
  PENGAJUAN: STATUS.skp.PENGAJUAN.label,
  PERSETUJUAN: STATUS.skp.PERSETUJUAN.label,
};

export const LABEL_JENIS_RHK: Record<JenisRhk, string> = {
  UTAMA: "Utama",
  TAMBAHAN: "Tambahan",
};

export const LABEL_KLASIFIKASI_RHK: Record<KlasifikasiRhk, string> = {
  ORGANISASI: "Organisasi",
  INDIVIDU: "Individu",
};

export const LABEL_ASPEK: Record<Aspek, string> = {
  KUANTITAS: "Kuantitas",
  KUALITAS: "Kualitas",
  WAKTU: "Waktu",
  BIAYA: "Biaya",
};

export const LABEL_PERSPEKTIF: Record<Perspektif, string> = {
  PENERIMA_LAYANAN: "Penerima Layanan",
  PROSES_BISNIS: "Proses Bisnis",
  PENGUATAN_INTERNAL: "Penguatan Internal",
  ANGGARAN: "Anggaran",
};

export const LABEL_CORE_VALUE: Record<CoreValue, string> = {
  BERORIENTASI_PELAYANAN: "Berorientasi Pelayanan",
  AKUNTABEL: "Akuntabel",
  KOMPETEN: "Kompeten",
  HARMONIS: "Harmonis",
  LOYAL: "Loyal",
  ADAPTIF: "Adaptif",
  KOLABORATIF: "Kolaboratif",
};

export const LABEL_JENIS_LAMPIRAN: Record<JenisLampiran, string> = {
  DUKUNGAN_SUMBER_DAYA: "Dukungan Sumber Daya",
  SKEMA_PERTANGGUNGJAWABAN: "Skema Pertanggungjawaban",
  KONSEKUENSI: "Konsekuensi",
};

export const LABEL_JENIS_PERIODE: Record<JenisPeriode, string> = {
  BULANAN: "Bulanan",
  TRIWULAN: "Triwulan",
  TAHUNAN: "Tahunan",
};

export const LABEL_STATUS_PENILAIAN: Record<StatusPenilaian, string> = {
  DRAFT: STATUS.penilaian.DRAFT.label,
  FINAL: STATUS.penilaian.FINAL.label,
};

export const LABEL_RATING: Record<Rating, string> = {
  DI_ATAS_EKSPEKTASI: "Di Atas Ekspektasi",
  SESUAI_EKSPEKTASI: "Sesuai Ekspektasi",
  DI_BAWAH_EKSPEKTASI: "Di Bawah Ekspektasi",
};

export const LABEL_PREDIKAT: Record<Predikat, string> = {
  SANGAT_BAIK: "Sangat Baik",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang/Misconduct",
  SANGAT_KURANG: "Sangat Kurang",
};

export const LABEL_CAPAIAN_ORGANISASI: Record<CapaianOrganisasi, string> = {
  ISTIMEWA: "Istimewa",
  BAIK: "Baik",
  BUTUH_PERBAIKAN: "Butuh Perbaikan",
  KURANG: "Kurang",
  SANGAT_KURANG: "Sangat Kurang",
};

export const LABEL_ENTITAS_RIWAYAT: Record<EntitasRiwayat, string> = {
  SKP: "SKP",
  PENILAIAN: "Penilaian",
};

export const LABEL_STATUS_JOB: Record<StatusJob, string> = {
  MENUNGGU: STATUS.job.MENUNGGU.label,
  BERJALAN: STATUS.job.BERJALAN.label,
  SELESAI: STATUS.job.SELESAI.label,
  GAGAL: STATUS.job.GAGAL.label,
};

export const LABEL_STATUS_VERIFIKASI: Record<StatusVerifikasi, string> = {
  MENUNGGU: STATUS.verifikasi.MENUNGGU.label,
  SESUAI: STATUS.verifikasi.SESUAI.label,
  PERLU_PERBAIKAN: STATUS.verifikasi.PERLU_PERBAIKAN.label,
};

export const LABEL_JENIS_HARI_LIBUR: Record<JenisHariLibur, string> = {
  LIBUR_NASIONAL: "Libur nasional",
  CUTI_BERSAMA: "Cuti bersama",
};

export const LABEL_JENIS_KETERANGAN_HARI: Record<JenisKeteranganHari, string> = {
  CUTI: "Cuti",
  SAKIT: "Sakit",
  DINAS_LUAR: "Dinas luar",
  TUGAS_BELAJAR: "Tugas belajar",
};

export const LABEL_STATUS_KIRIM_SIASN: Record<StatusKirimSiasn, string> = {
  SIAP: STATUS.kirimSiasn.SIAP.label,
  TERKIRIM: STATUS.kirimSiasn.TERKIRIM.label,
  GAGAL: STATUS.kirimSiasn.GAGAL.label,
};

export const LABEL_JENIS_KIRIM_SIASN: Record<JenisKirimSiasn, string> = {
  KINERJA_PERIODIK: "Kinerja periodik",
  SKP22: "SKP tahunan",
  ANGKA_KREDIT: "Angka kredit",
};

// Defined beside the zone arithmetic it names; listed here with every other enum's labels.
export { LABEL_ZONA_WAKTU } from "./zona-waktu";
