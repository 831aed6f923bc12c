import type { SeedInstansi } from "./types";

/** A second, small instansi: it exists so tests can prove no one reaches across instansi. */
export const GARUT: SeedInstansi = {
  kode: "BKPSDM-GRT",
  nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Garut",
  lokasi: "Garut",
  emailDomain: "bkpsdm.garutkab.go.id",
  units: [
    { key: "badan", parentKey: null, nama: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", namaJabatan: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", eselon: 2 },
    { key: "sekretariat", parentKey: "badan", nama: "Sekretariat", namaJabatan: "Sekretaris", eselon: 3 },
    { key: "umpeg", parentKey: "sekretariat", nama: "Subbagian Umum dan Kepegawaian", namaJabatan: "Kepala Subbagian Umum dan Kepegawaian", eselon: 4 },
  ],
  pegawai: [
    { key: "kepala", unitKey: "badan", memimpin: true, nip: "197005101995031001", gelarDepan: "Drs.", nama: "Cecep Permana", gelarBelakang: "M.Si.", jabatan: "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", jenisJabatan: "STRUKTURAL", eselon: 2, pangkat: "Pembina Utama Muda", golongan: "IV/c" },
    { key: "sekretaris", unitKey: "sekretariat", memimpin: true, nip: "197708172002121002", nama: "Yayat Hidayat", gelarBelakang: "S.Sos., M.M.", jabatan: "Sekretaris", jenisJabatan: "STRUKTURAL", eselon: 3, pangkat: "Pembina Tingkat I", golongan: "IV/b" },
    { key: "kasubbag-umpeg", unitKey: "umpeg", memimpin: true, nip: "198112122007012004", nama: "Neneng Suryati", gelarBelakang: "S.E.", jabatan: "Kepala Subbagian Umum dan Kepegawaian", jenisJabatan: "STRUKTURAL", eselon: 4, pangkat: "Penata Tingkat I", golongan: "III/d" },
    { key: "admin", unitKey: "umpeg", admin: true, nip: "199310102019031003", nama: "Asep Mulyana", gelarBelakang: "S.Kom.", jabatan: "Pengelola Kepegawaian", jenisJabatan: "PELAKSANA", pangkat: "Penata Muda", golongan: "III/a" },
    { key: "staf", unitKey: "umpeg", nip: "199201012015032006", nama: "Imas Masitoh", jabatan: "Pengadministrasi Umum", jenisJabatan: "PELAKSANA", pangkat: "Pengatur Tingkat I", golongan: "II/d" },
  ],
};
