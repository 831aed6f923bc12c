/**
 * What each audit `aksi` means to an admin reading the Log Audit, in one map. Every aksi the
 * code writes has a label here (tests/unit/audit-aksi.test.ts reads the source to make sure).
 */
export const LABEL_AKSI = {
  // Masuk dan akun (ditulis oleh alur masuk)
  MASUK_BERHASIL: "Masuk berhasil",
  MASUK_GAGAL: "Masuk gagal",
  KELUAR: "Keluar",
  KELUAR_SEMUA_PERANGKAT: "Keluar dari semua perangkat",
  GANTI_SANDI: "Mengganti kata sandi sendiri",
  RESET_SANDI_DIMINTA: "Meminta reset kata sandi",
  RESET_SANDI_DIPAKAI: "Mengatur ulang kata sandi lewat tautan",
  UBAH_KONTAK: "Mengubah kontak",
  UBAH_PROFIL: "Mengubah profil",
  AJUKAN_PERUBAHAN_ATASAN: "Mengajukan perubahan atasan",
  BATALKAN_PERUBAHAN_ATASAN: "Membatalkan pengajuan perubahan atasan",
  UBAH_PREFERENSI_NOTIFIKASI: "Mengubah pilihan notifikasi",
  BERHENTI_NOTIFIKASI_EMAIL: "Menghentikan email notifikasi lewat tautan di email",
  UNDUH_DATA_PEGAWAI: "Mengunduh data kinerja pegawai (ZIP)",
  // SKP
  TAMBAH_RHK: "Menambah RHK",
  UBAH_RHK: "Mengubah RHK",
  HAPUS_RHK: "Menghapus RHK",
  PINDAH_RHK: "Memindah urutan RHK",
  TAMBAH_INDIKATOR: "Menambah indikator",
  UBAH_INDIKATOR: "Mengubah indikator",
  HAPUS_INDIKATOR: "Menghapus indikator",
  TAMBAH_LAMPIRAN: "Menambah lampiran",
  HAPUS_LAMPIRAN: "Menghapus lampiran",
  SIMPAN_EKSPEKTASI: "Menyimpan ekspektasi khusus pimpinan",
  UBAH_JENIS_RHK_TIM: "Menentukan jenis RHK penugasan tim",
  KLAIM_PIMPINAN: "Mengklaim pimpinan unit",
  LEPAS_KLAIM_PIMPINAN: "Melepas klaim pimpinan unit",
  // Tim Kerja
  BUAT_TIM_KERJA: "Membuat tim kerja",
  UBAH_TIM_KERJA: "Mengubah tim kerja",
  TUTUP_TIM_KERJA: "Menutup tim kerja",
  TAMBAH_ANGGOTA_TIM: "Menambah anggota tim kerja",
  KELUARKAN_ANGGOTA_TIM: "Mengeluarkan anggota tim kerja",
  TAMBAH_RHK_TIM: "Menambah RHK tim kerja",
  TETAPKAN_PERAN_TIM: "Menetapkan peran anggota tim",
  UMPAN_BALIK_TIM: "Memberi umpan balik tim",
  // Pelaksanaan dan penilaian
  SIMPAN_REALISASI: "Menyimpan realisasi",
  TAMBAH_BUKTI_DUKUNG: "Menambah bukti dukung",
  UBAH_BUKTI_DUKUNG: "Mengubah bukti dukung",
  HAPUS_BUKTI_DUKUNG: "Menghapus bukti dukung",
  TAMBAH_RENCANA_AKSI: "Menambah rencana aksi",
  UBAH_RENCANA_AKSI: "Mengubah rencana aksi",
  HAPUS_RENCANA_AKSI: "Menghapus rencana aksi",
  SALIN_RENCANA_AKSI: "Menyalin rencana aksi periode sebelumnya",
  // Progres Harian (pegawai)
  TAMBAH_PROGRES_HARIAN: "Menambah progres harian",
  UBAH_PROGRES_HARIAN: "Mengubah progres harian",
  HAPUS_PROGRES_HARIAN: "Menghapus progres harian",
  SALIN_PROGRES_HARIAN: "Menyalin progres harian",
  TANDAI_KETERANGAN_HARI: "Menandai hari cuti, sakit, dinas luar, atau tugas belajar",
  HAPUS_KETERANGAN_HARI: "Menghapus tanda keterangan hari",
  SIMPAN_TEMPLAT_KEGIATAN: "Menyimpan templat kegiatan",
  HAPUS_TEMPLAT_KEGIATAN: "Menghapus templat kegiatan",
  TERAPKAN_TEMPLAT_KEGIATAN: "Mengisi progres harian dari templat",
  SIMPAN_PENILAIAN: "Menyimpan penilaian",
  // Progres Harian: the atasan's verification and umpan balik
  VERIFIKASI_PROGRES_HARIAN: "Memverifikasi progres harian bawahan",
  UMPAN_BALIK_PROGRES_HARIAN: "Memberi umpan balik progres harian",
  TETAPKAN_CAPAIAN_ORGANISASI: "Menetapkan capaian organisasi",
  // Admin instansi
  TAMBAH_PEGAWAI: "Menambah pegawai",
  UBAH_PEGAWAI: "Mengubah data pegawai",
  UBAH_ATASAN: "Mengubah atasan pegawai",
  UBAH_PERAN: "Mengubah peran pegawai",
  AKTIFKAN_PEGAWAI: "Mengaktifkan pegawai",
  NONAKTIFKAN_PEGAWAI: "Menonaktifkan pegawai",
  RESET_KATA_SANDI: "Mereset kata sandi pegawai",
  IMPOR_PEGAWAI: "Mengimpor pegawai",
  SINKRON_SIASN: "Sinkron data SIASN",
  KIRIM_SIASN: "Mengirim hasil penilaian ke SIASN",
  TAMBAH_UNIT: "Menambah unit kerja",
  UBAH_UNIT: "Mengubah unit kerja",
  PINDAH_UNIT: "Memindah unit kerja",
  AKTIFKAN_UNIT: "Mengaktifkan unit kerja",
  NONAKTIFKAN_UNIT: "Menonaktifkan unit kerja",
  CABUT_KLAIM_PIMPINAN: "Mencabut klaim pimpinan unit",
  TAMBAH_TAHUN: "Menambah tahun",
  BUKA_TAHUN: "Membuka tahun",
  TUTUP_TAHUN: "Menutup tahun",
  BUAT_PERIODE_STANDAR: "Membuat periode standar",
  TAMBAH_PERIODE: "Menambah periode penilaian",
  UBAH_PERIODE: "Mengubah periode penilaian",
  HAPUS_PERIODE: "Menghapus periode penilaian",
  BUKA_PENGISIAN: "Membuka pengisian",
  TUTUP_PENGISIAN: "Menutup pengisian",
  SETUJUI_PERMINTAAN_ATASAN: "Menyetujui permintaan atasan",
  TOLAK_PERMINTAAN_ATASAN: "Menolak permintaan atasan",
  TETAPKAN_PELAKSANA_TUGAS: "Menetapkan pelaksana tugas",
  HAPUS_PELAKSANA_TUGAS: "Menghapus pelaksana tugas",
  UBAH_PENGATURAN: "Mengubah pengaturan instansi",
  TAMBAH_HARI_LIBUR: "Menambah hari libur",
  HAPUS_HARI_LIBUR: "Menghapus hari libur",
  ISI_LIBUR_NASIONAL: "Mengisi libur nasional",
  IMPOR_PROGRES_HARIAN: "Mengimpor Progres Harian",
} as const satisfies Record<string, string>;

export type Aksi = keyof typeof LABEL_AKSI;

export function isAksi(value: string): value is Aksi {
  return Object.hasOwn(LABEL_AKSI, value);
}

/** The label, or the raw name for an aksi written by a newer version than this one. */
export function labelAksi(aksi: string): string {
  return isAksi(aksi) ? LABEL_AKSI[aksi] : aksi;
}

/** The choices of the aksi filter, alphabetical by label. */
export function pilihanAksi(): { value: Aksi; label: string }[] {
  return (Object.keys(LABEL_AKSI) as Aksi[])
    .map((value) => ({ value, label: LABEL_AKSI[value] }))
    .sort((a, b) => a.label.localeCompare(b.label, "id"));
}

const LABEL_ENTITAS: Record<string, string> = {
  Rhk: "RHK",
  Indikator: "Indikator",
  LampiranItem: "Lampiran SKP",
  Skp: "SKP",
  Realisasi: "Realisasi",
  BuktiDukung: "Bukti dukung",
  RencanaAksi: "Rencana aksi",
  Penilaian: "Penilaian",
  Pegawai: "Pegawai",
  UnitKerja: "Unit kerja",
  Tahun: "Tahun",
  PeriodePenilaian: "Periode penilaian",
  PermintaanAtasan: "Permintaan atasan",
  PelaksanaTugas: "Pelaksana tugas",
  CapaianOrganisasiUnit: "Capaian organisasi",
  Instansi: "Instansi",
  HariLibur: "Hari libur",
};

export function labelEntitas(entitas: string): string {
  return LABEL_ENTITAS[entitas] ?? entitas;
}
