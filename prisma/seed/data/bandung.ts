import type { SeedInstansi } from "./types";

const ES4 = { jenisJabatan: "STRUKTURAL", eselon: 4, pangkat: "Penata Tingkat I", golongan: "III/d" } as const;
const KABID = { jenisJabatan: "STRUKTURAL", eselon: 3, pangkat: "Pembina", golongan: "IV/a", memimpin: true } as const;
const PENATA_MUDA = { jenisJabatan: "PELAKSANA", pangkat: "Penata Muda", golongan: "III/a" } as const;

/** The main demo instansi: a kota BKPSDM with a Kepala, three bidang, a sekretariat and ~30 pegawai. */
export const BANDUNG: SeedInstansi = {
  kode: "BKPSDM-BDG",
  nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bandung",
  lokasi: "Bandung",
  emailDomain: "bkpsdm.bandung.go.id",
  units: [
    { key: "badan", parentKey: null, nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", namaJabatan: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", eselon: 2 },
    { key: "sekretariat", parentKey: "badan", nama: "Sekretariat", namaJabatan: "Sekretaris", eselon: 3 },
    { key: "umpeg", parentKey: "sekretariat", nama: "Subbagian Umum dan Kepegawaian", namaJabatan: "Kepala Subbagian Umum dan Kepegawaian", eselon: 4 },
    { key: "renkeu", parentKey: "sekretariat", nama: "Subbagian Perencanaan dan Keuangan", namaJabatan: "Kepala Subbagian Perencanaan dan Keuangan", eselon: 4 },
    { key: "mutasi", parentKey: "badan", nama: "Bidang Mutasi dan Promosi", namaJabatan: "Kepala Bidang Mutasi dan Promosi", eselon: 3 },
    { key: "sb-mutasi", parentKey: "mutasi", nama: "Subbidang Mutasi", namaJabatan: "Kepala Subbidang Mutasi", eselon: 4 },
    { key: "sb-promosi", parentKey: "mutasi", nama: "Subbidang Promosi dan Jabatan", namaJabatan: "Kepala Subbidang Promosi dan Jabatan", eselon: 4 },
    { key: "kompetensi", parentKey: "badan", nama: "Bidang Pengembangan Kompetensi", namaJabatan: "Kepala Bidang Pengembangan Kompetensi", eselon: 3 },
    { key: "sb-manajerial", parentKey: "kompetensi", nama: "Subbidang Pengembangan Kompetensi Manajerial dan Fungsional", namaJabatan: "Kepala Subbidang Pengembangan Kompetensi Manajerial dan Fungsional", eselon: 4 },
    { key: "sb-teknis", parentKey: "kompetensi", nama: "Subbidang Pengembangan Kompetensi Teknis", namaJabatan: "Kepala Subbidang Pengembangan Kompetensi Teknis", eselon: 4 },
    { key: "kinerja", parentKey: "badan", nama: "Bidang Penilaian Kinerja dan Penghargaan", namaJabatan: "Kepala Bidang Penilaian Kinerja dan Penghargaan", eselon: 3 },
    { key: "sb-kinerja", parentKey: "kinerja", nama: "Subbidang Penilaian Kinerja", namaJabatan: "Kepala Subbidang Penilaian Kinerja", eselon: 4 },
    { key: "sb-penghargaan", parentKey: "kinerja", nama: "Subbidang Penghargaan dan Disiplin", namaJabatan: "Kepala Subbidang Penghargaan dan Disiplin", eselon: 4 },
  ],
  pegawai: [
    { key: "kepala", unitKey: "badan", memimpin: true, nip: "197203151994031002", gelarDepan: "Dr. H.", nama: "Asep Saepudin", gelarBelakang: "S.Sos., M.Si.", jabatan: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", jenisJabatan: "STRUKTURAL", eselon: 2, pangkat: "Pembina Utama Muda", golongan: "IV/c" },
    { key: "sekretaris", unitKey: "sekretariat", memimpin: true, nip: "197508222000032001", gelarDepan: "Hj.", nama: "Rina Marlina", gelarBelakang: "S.E., M.M.", jabatan: "Sekretaris", jenisJabatan: "STRUKTURAL", eselon: 3, pangkat: "Pembina Tingkat I", golongan: "IV/b" },
    { key: "kabid-mutasi", unitKey: "mutasi", ...KABID, nip: "197611102001121003", nama: "Dedi Kurniawan", gelarBelakang: "S.IP., M.AP.", jabatan: "Kepala Bidang Mutasi dan Promosi" },
    { key: "kabid-kompetensi", unitKey: "kompetensi", ...KABID, nip: "196908181995032002", gelarDepan: "Dra.", nama: "Euis Komariah", gelarBelakang: "M.Pd.", jabatan: "Kepala Bidang Pengembangan Kompetensi" },
    { key: "kabid-kinerja", unitKey: "kinerja", ...KABID, nip: "197401052003121001", gelarDepan: "Ir.", nama: "Budi Santoso", gelarBelakang: "M.T.", jabatan: "Kepala Bidang Penilaian Kinerja dan Penghargaan" },
    { key: "kasubbag-umpeg", unitKey: "umpeg", memimpin: true, ...ES4, nip: "198002142005012003", nama: "Nia Kurniasih", gelarBelakang: "S.Sos.", jabatan: "Kepala Subbagian Umum dan Kepegawaian" },
    { key: "kasubbag-renkeu", unitKey: "renkeu", memimpin: true, ...ES4, nip: "198106302006041002", nama: "Agus Setiawan", gelarBelakang: "S.E., M.Ak.", jabatan: "Kepala Subbagian Perencanaan dan Keuangan" },
    { key: "kasubbid-mutasi", unitKey: "sb-mutasi", memimpin: true, ...ES4, nip: "198204122006041005", nama: "Yudi Prasetyo", gelarBelakang: "S.H.", jabatan: "Kepala Subbidang Mutasi" },
    { key: "kasubbid-promosi", unitKey: "sb-promosi", memimpin: true, ...ES4, nip: "198309252008012004", nama: "Siti Nurhaliza", gelarBelakang: "S.Psi., M.Psi.", jabatan: "Kepala Subbidang Promosi dan Jabatan" },
    { key: "kasubbid-manajerial", unitKey: "sb-manajerial", memimpin: true, ...ES4, nip: "197912032005011004", nama: "Rudi Hermawan", gelarBelakang: "S.Kom.", jabatan: "Kepala Subbidang Pengembangan Kompetensi Manajerial dan Fungsional" },
    { key: "kasubbid-teknis", unitKey: "sb-teknis", memimpin: true, ...ES4, nip: "198105172006042003", nama: "Lilis Suryani", gelarBelakang: "S.Pd., M.Si.", jabatan: "Kepala Subbidang Pengembangan Kompetensi Teknis" },
    { key: "kasubbid-kinerja", unitKey: "sb-kinerja", memimpin: true, ...ES4, nip: "198308082009011002", nama: "Hendra Gunawan", gelarBelakang: "S.T., M.M.", jabatan: "Kepala Subbidang Penilaian Kinerja" },
    { key: "kasubbid-penghargaan", unitKey: "sb-penghargaan", memimpin: true, ...ES4, nip: "198207072008012005", nama: "Tati Rohayati", gelarBelakang: "S.H., M.H.", jabatan: "Kepala Subbidang Penghargaan dan Disiplin" },

    { key: "admin", unitKey: "umpeg", admin: true, ...PENATA_MUDA, nip: "199204182019032011", nama: "Fitri Handayani", gelarBelakang: "S.Kom.", jabatan: "Pengelola Kepegawaian" },
    { key: "umpeg-pppk", unitKey: "umpeg", pppk: true, nip: "198809112022031004", nama: "Ujang Supriatna", jabatan: "Pengadministrasi Perkantoran", jenisJabatan: "PELAKSANA", golongan: "V" },
    { key: "bendahara", unitKey: "renkeu", nip: "199010102015032007", nama: "Dewi Lestari", gelarBelakang: "S.E.", jabatan: "Bendahara Pengeluaran", jenisJabatan: "PELAKSANA", pangkat: "Penata Muda Tingkat I", golongan: "III/b" },
    { key: "renkeu-staf", unitKey: "renkeu", ...PENATA_MUDA, nip: "199501282020121006", nama: "Rizky Ramadhan", gelarBelakang: "S.Ak.", jabatan: "Penyusun Program Anggaran dan Pelaporan" },
    { key: "staff", unitKey: "sb-mutasi", ...PENATA_MUDA, nip: "199306152019031008", nama: "Ahmad Fauzi", gelarBelakang: "S.H.", jabatan: "Pengolah Data Kepegawaian" },
    { key: "staff-reset", unitKey: "sb-mutasi", ...PENATA_MUDA, nip: "199608092022031003", nama: "Irfan Maulana", gelarBelakang: "S.AP.", jabatan: "Pengadministrasi Kepegawaian" },
    { key: "staff-skp", unitKey: "sb-mutasi", nip: "199112032017082002", nama: "Sri Wahyuni", gelarBelakang: "S.Sos.", jabatan: "Analis Mutasi Kepegawaian", jenisJabatan: "PELAKSANA", pangkat: "Penata Muda Tingkat I", golongan: "III/b" },
    { key: "analis-muda", unitKey: "sb-mutasi", nip: "198711232011012006", nama: "Nurul Hidayah", gelarBelakang: "S.Psi.", jabatan: "Analis SDM Aparatur Ahli Muda", jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_MUDA", pangkat: "Penata", golongan: "III/c" },
    { key: "analis-jabatan", unitKey: "sb-promosi", ...PENATA_MUDA, nip: "199404212019031005", nama: "Galih Pratama", gelarBelakang: "S.IP.", jabatan: "Analis Jabatan" },
    { key: "analis-pertama", unitKey: "sb-promosi", nip: "199507152020122009", nama: "Anisa Rahmawati", gelarBelakang: "S.Psi.", jabatan: "Analis SDM Aparatur Ahli Pertama", jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_PERTAMA", pangkat: "Penata Muda Tingkat I", golongan: "III/b" },
    { key: "manajerial-staf", unitKey: "sb-manajerial", ...PENATA_MUDA, nip: "199702112022031002", nama: "Yusuf Habibi", gelarBelakang: "S.Pd.", jabatan: "Pengelola Pengembangan Kompetensi" },
    { key: "manajerial-pppk", unitKey: "sb-manajerial", pppk: true, nip: "199304042024012001", nama: "Rina Apriani", gelarBelakang: "S.Kom.", jabatan: "Pranata Komputer Ahli Pertama", jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_PERTAMA", golongan: "IX" },
    { key: "teknis-staf", unitKey: "sb-teknis", nonaktif: true, nip: "198503202010011007", nama: "Dadang Sutisna", jabatan: "Pengadministrasi Diklat", jenisJabatan: "PELAKSANA", pangkat: "Pengatur", golongan: "II/c" },
    { key: "asesor", unitKey: "kompetensi", nip: "198606062010012012", nama: "Wulan Sari", gelarBelakang: "S.Psi., M.Psi.", jabatan: "Asesor SDM Aparatur Ahli Muda", jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_MUDA", pangkat: "Penata Tingkat I", golongan: "III/d" },
    { key: "pranata-komputer", unitKey: "sb-kinerja", nip: "199408182019031004", nama: "Bayu Nugraha", gelarBelakang: "S.Kom.", jabatan: "Pranata Komputer Ahli Pertama", jenisJabatan: "FUNGSIONAL", jenjangFungsional: "AHLI_PERTAMA", pangkat: "Penata Muda Tingkat I", golongan: "III/b" },
    { key: "kinerja-staf", unitKey: "sb-kinerja", ...PENATA_MUDA, nip: "199611252020122005", nama: "Mega Puspitasari", gelarBelakang: "S.E.", jabatan: "Analis Kinerja Pegawai" },
    { key: "penghargaan-staf", unitKey: "sb-penghargaan", ...PENATA_MUDA, nip: "199512122020121003", nama: "Teguh Firmansyah", gelarBelakang: "S.H.", jabatan: "Pengelola Penghargaan dan Tanda Jasa" },
    { key: "penghargaan-pppk", unitKey: "sb-penghargaan", pppk: true, nip: "199009092024012003", nama: "Ai Nurjanah", jabatan: "Pengadministrasi Perkantoran", jenisJabatan: "PELAKSANA", golongan: "V" },
  ],
};
