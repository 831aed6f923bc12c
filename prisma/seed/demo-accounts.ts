import { BANDUNG } from "./data/bandung";
import { GARUT } from "./data/garut";
import type { SeedInstansi, SeedPegawai } from "./data/types";

/** One password for every demo account; README and e2e tests read it from here. */
export const DEMO_PASSWORD = "Demo12345";

export type DemoAccount = {
  label: string;
  peran: string;
  nama: string;
  nip: string;
  email: string;
  instansi: string;
};

/**
 * The accounts people and tests sign in with. Each e2e journey that changes data has its own
 * account ("staff-reset", "staff-skp"), so one journey never breaks another.
 */
export const DEMO_ACCOUNTS = {
  staff: account("staff", BANDUNG, "staff", "Pelaksana di Subbidang Mutasi"),
  atasan: account("atasan", BANDUNG, "kasubbid-mutasi", "Kepala Subbidang Mutasi (eselon IV), atasan staff"),
  kabid: account("kabid", BANDUNG, "kabid-mutasi", "Kepala Bidang Mutasi dan Promosi (eselon III)"),
  kepala: account("kepala", BANDUNG, "kepala", "Kepala BKPSDM (eselon II), tanpa atasan di instansi"),
  admin: account("admin", BANDUNG, "admin", "Admin instansi, Pengelola Kepegawaian di Sekretariat"),
  fungsional: account("fungsional", BANDUNG, "analis-muda", "Analis SDM Aparatur Ahli Muda (jabatan fungsional), bawahan atasan"),
  "staff-reset": account("staff-reset", BANDUNG, "staff-reset", "Pelaksana, khusus uji lupa kata sandi"),
  "staff-skp": account("staff-skp", BANDUNG, "staff-skp", "Pelaksana, khusus uji alur SKP"),
  "admin-garut": account("admin-garut", GARUT, "admin", "Admin instansi kedua (Kabupaten Garut)"),
} satisfies Record<string, DemoAccount>;

export type DemoAccountLabel = keyof typeof DEMO_ACCOUNTS;

/** `ahmad.fauzi@bkpsdm.bandung.go.id`: the demo mails all land in the local SMTP sink. */
export function demoEmail(pegawai: SeedPegawai, instansi: SeedInstansi): string {
  const local = pegawai.nama
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .split(/\s+/)
    .join(".");
  return `${local}@${instansi.emailDomain}`;
}

export function namaDenganGelar(p: Pick<SeedPegawai, "gelarDepan" | "nama" | "gelarBelakang">): string {
  return [p.gelarDepan, p.gelarBelakang ? `${p.nama}, ${p.gelarBelakang}` : p.nama].filter(Boolean).join(" ");
}

function account(label: string, instansi: SeedInstansi, key: string, peran: string): DemoAccount {
  const pegawai = instansi.pegawai.find((p) => p.key === key);
  if (!pegawai) throw new Error(`Akun demo ${key} tidak ada di data ${instansi.kode}`);
  return {
    label,
    peran,
    nama: namaDenganGelar(pegawai),
    nip: pegawai.nip,
    email: demoEmail(pegawai, instansi),
    instansi: instansi.nama,
  };
}
