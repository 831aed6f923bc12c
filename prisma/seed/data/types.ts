import type { JenisJabatan, JenjangFungsional } from "@/lib/generated/prisma/enums";

export type SeedUnit = {
  key: string;
  parentKey: string | null;
  nama: string;
  namaJabatan: string;
  eselon: number;
};

export type SeedPegawai = {
  key: string;
  unitKey: string;
  /** This pegawai is the pimpinan of `unitKey`. */
  memimpin?: true;
  nip: string;
  gelarDepan?: string;
  nama: string;
  gelarBelakang?: string;
  jabatan: string;
  jenisJabatan: JenisJabatan;
  eselon?: number;
  jenjangFungsional?: JenjangFungsional;
  /** PPPK carry a golongan only (e.g. "IX"), no pangkat. */
  pangkat?: string;
  golongan: string;
  pppk?: true;
  admin?: true;
  nonaktif?: true;
};

export type SeedInstansi = {
  kode: string;
  nama: string;
  lokasi: string;
  emailDomain: string;
  units: SeedUnit[];
  pegawai: SeedPegawai[];
};
