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
  MENUNGGU: "Menunggu",
  DISETUJUI: "Disetujui",
  DITOLAK: "Ditolak",
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
  DRAFT: "Draft",
  PENGAJUAN: "Pengajuan",
  PERSETUJUAN: "Persetujuan",
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
  DRAFT: "Draft",
  FINAL: "Final",
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
  MENUNGGU: "Menunggu",
  BERJALAN: "Berjalan",
  SELESAI: "Selesai",
  GAGAL: "Gagal",
};

export const LABEL_STATUS_VERIFIKASI: Record<StatusVerifikasi, string> = {
  MENUNGGU: "Menunggu verifikasi",
  SESUAI: "Sesuai",
  PERLU_PERBAIKAN: "Perlu perbaikan",
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

export const LABEL_JENIS_KIRIM_SIASN: Record<JenisKirimSiasn, string> = {
  KINERJA_PERIODIK: "Kinerja periodik",
  SKP22: "SKP tahunan",
  ANGKA_KREDIT: "Angka kredit",
};

/** Tones as components/status-badge.tsx draws them; the word alone carries the meaning. */
export type NadaStatus = "neutral" | "info" | "success" | "warning" | "danger";

export const STATUS_KIRIM_SIASN: Record<StatusKirimSiasn, { label: string; tone: NadaStatus }> = {
  SIAP: { label: "Siap dikirim", tone: "info" },
  TERKIRIM: { label: "Terkirim", tone: "success" },
  GAGAL: { label: "Gagal", tone: "danger" },
};

// Defined beside the zone arithmetic it names; listed here with every other enum's labels.
export { LABEL_ZONA_WAKTU } from "./zona-waktu";
