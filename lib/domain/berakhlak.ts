import type { CoreValue } from "@/lib/generated/prisma/enums";

/**
 * The BerAKHLAK core values with their fixed panduan perilaku (SE MenPANRB 20/2021), in the
 * order every SKP and evaluation document prints them.
 */

export type CoreValueInfo = {
  coreValue: CoreValue;
  nama: string;
  panduan: readonly [string, string, string];
};

export const BERAKHLAK: readonly CoreValueInfo[] = [
  {
    coreValue: "BERORIENTASI_PELAYANAN",
    nama: "Berorientasi Pelayanan",
    panduan: [
      "Memahami dan memenuhi kebutuhan masyarakat",
      "Ramah, cekatan, solutif, dan dapat diandalkan",
      "Melakukan perbaikan tiada henti",
    ],
  },
  {
    coreValue: "AKUNTABEL",
    nama: "Akuntabel",
    panduan: [
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
      "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
      "Tidak menyalahgunakan kewenangan jabatan",
    ],
  },
  {
    coreValue: "KOMPETEN",
    nama: "Kompeten",
    panduan: [
      "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
      "Membantu orang lain belajar",
      "Melaksanakan tugas dengan kualitas terbaik",
    ],
  },
  {
    coreValue: "HARMONIS",
    nama: "Harmonis",
    panduan: [
      "Menghargai setiap orang apapun latar belakangnya",
      "Suka menolong orang lain",
      "Membangun lingkungan kerja yang kondusif",
    ],
  },
  {
    coreValue: "LOYAL",
    nama: "Loyal",
    panduan: [
      "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
      "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
      "Menjaga rahasia jabatan dan negara",
    ],
  },
  {
    coreValue: "ADAPTIF",
    nama: "Adaptif",
    panduan: [
      "Cepat menyesuaikan diri menghadapi perubahan",
      "Terus berinovasi dan mengembangkan kreativitas",
      "Bertindak proaktif",
    ],
  },
  {
    coreValue: "KOLABORATIF",
    nama: "Kolaboratif",
    panduan: [
      "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
      "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
      "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
    ],
  },
];
