import type { JenisRhk } from "@/lib/generated/prisma/enums";

export type AtasanRhkOption = {
  id: string;
  teks: string;
  jenis: JenisRhk;
  periodeAwal: Date;
  periodeAkhir: Date;
};

export type AtasanRhkOptions = {
  atasan: { id: string; nama: string } | null;
  options: AtasanRhkOption[];
  /** Why there is nothing to pick, naming who must act; null when there are options. */
  alasan: string | null;
  /** Roles from the pegawai's Tim Kerja not yet taken into this SKP, offered beside the atasan's RHK. */
  penugasanTim?: PenugasanTimOption[];
};

/** A Matriks Peran Hasil role offered as "RHK atasan": choosing it makes a Tambahan RHK from the team. */
export type PenugasanTimOption = { peranTimId: string; namaTim: string; rhkTim: string; peran: string; hasilDiharapkan: string };

/** The select's value for a team role, told apart from an atasan's RHK id. */
export const AWALAN_PERAN_TIM = "tim:";

type Situation = {
  atasan: { id: string; nama: string } | null;
  tahun: number;
  /** The atasan's SKP in that year. */
  jumlahSkp: number;
  /** Admins of the instansi, who set a missing atasan. */
  adminNama: string[] | null;
};

/**
 * "RHK atasan tidak muncul" is the most common complaint about the official app. Each cause
 * gets its own sentence that names the person who can fix it.
 */
export function explainNoAtasanRhk(s: Situation): AtasanRhkOptions {
  if (!s.atasan) {
    const admin = s.adminNama?.length ? ` (${s.adminNama.join(", ")})` : "";
    return {
      atasan: null,
      options: [],
      alasan: `Atasan Anda belum diatur, sehingga belum ada RHK atasan yang dapat diintervensi. Minta admin instansi${admin} mengatur atasan Anda, atau ajukan atasan dari halaman Profil.`,
    };
  }
  const atasan = { id: s.atasan.id, nama: s.atasan.nama };
  if (s.jumlahSkp === 0) {
    return {
      atasan,
      options: [],
      alasan: `${atasan.nama} (atasan Anda) belum membuat SKP tahun ${s.tahun}. Minta ${atasan.nama} membuat SKP dan menambahkan RHK terlebih dahulu.`,
    };
  }
  return {
    atasan,
    options: [],
    alasan: `SKP ${atasan.nama} (atasan Anda) tahun ${s.tahun} belum memiliki RHK. Minta ${atasan.nama} menambahkan RHK terlebih dahulu.`,
  };
}

