import type { JenisJabatan, JenisPegawai, JenjangFungsional } from "@/lib/generated/prisma/enums";

/** The pegawai fields that come from SIASN, an import file or an admin's form alike. */
export type ProfilPegawai = {
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  email: string | null;
  noHp: string | null;
  jenisPegawai: JenisPegawai;
  jenisJabatan: JenisJabatan;
  jabatan: string;
  eselon: number | null;
  jenjangFungsional: JenjangFungsional | null;
  pangkat: string | null;
  golongan: string | null;
};
