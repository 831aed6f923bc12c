import type { JenisJabatan } from "@/lib/generated/prisma/enums";
import { mayKlaimPimpinan } from "./atasan";
import { formatTanggalDi, type ZonaWaktu } from "./zona-waktu";
import { canAdminInstansi, isSkpPenilai, type ActorRef, type SkpRef } from "./permissions";

/**
 * Tim Kerja (PermenPANRB 6/2022): who may create, change, staff and see a cross-unit team.
 * Each rule names a concrete person of the team (creator, ketua, anggota) or an admin of the
 * team's instansi. A closed team is read-only for everyone: its history stays as it was.
 */

export type TimRef = {
  instansiId: string;
  ketuaId: string;
  pembuatId: string;
  ditutupPada: Date | null;
  /** Everyone who was ever an anggota, including those who left (they keep seeing their history). */
  anggotaIds: readonly string[];
};

export type CalonPembuatTim = ActorRef & { jenisJabatan: JenisJabatan; eselon: number | null };

export type AksiTim = "ubah" | "peran" | "umpanBalik";

/** An atasan at eselon II, III or IV creates a team in their own instansi; so does its admin. */
export function mayBuatTim(actor: CalonPembuatTim, instansiId: string): boolean {
  return canAdminInstansi(actor, instansiId) || (actor.instansiId === instansiId && mayKlaimPimpinan(actor));
}

/**
 * The pegawai search behind the team forms' ketua and anggota pickers: whoever may create a team,
 * and the creator of a team still open (their jabatan may have changed since; they still change it).
 */
export function mayCariPegawaiTim(actor: CalonPembuatTim, pembuatTimTerbuka: boolean): boolean {
  return mayBuatTim(actor, actor.instansiId) || pembuatTimTerbuka;
}

export function isTimTerbuka(tim: Pick<TimRef, "ditutupPada">): boolean {
  return tim.ditutupPada === null;
}

export function canLihatTim(actor: ActorRef, tim: TimRef): boolean {
  if (actor.instansiId !== tim.instansiId) return false;
  return actor.id === tim.ketuaId || actor.id === tim.pembuatId || tim.anggotaIds.includes(actor.id) || canAdminInstansi(actor, tim.instansiId);
}

/** Name, ketua, anggota, team RHK and closing: the creator or the admin. */
export function canUbahTim(actor: ActorRef, tim: TimRef): boolean {
  return isTimTerbuka(tim) && actor.instansiId === tim.instansiId && (actor.id === tim.pembuatId || canAdminInstansi(actor, tim.instansiId));
}

/** The Matriks Peran Hasil and the team's umpan balik: only the ketua, never the admin for them. */
export function canKelolaPeranTim(actor: ActorRef, tim: TimRef): boolean {
  return isTimTerbuka(tim) && actor.instansiId === tim.instansiId && actor.id === tim.ketuaId;
}

/** Why `aksi` is refused, in words for the user; null when it is allowed. */
export function alasanTolakTim(actor: ActorRef, tim: TimRef, aksi: AksiTim): string | null {
  if (!isTimTerbuka(tim)) return "Tim ini sudah ditutup; isinya tidak dapat diubah lagi.";
  if (aksi === "ubah") return canUbahTim(actor, tim) ? null : "Hanya pembuat tim atau admin instansi yang dapat mengubah tim ini.";
  if (canKelolaPeranTim(actor, tim)) return null;
  return aksi === "peran" ? "Hanya ketua tim yang dapat menetapkan peran anggota." : "Hanya ketua tim yang dapat memberi umpan balik tim.";
}

/**
 * The team as people say it, "Tim <nama>", and what an RHK taken from its role records as its
 * origin ("Penugasan dari"). A name that already starts with "Tim" is not prefixed twice.
 */
export function sebutanTim(namaTim: string): string {
  return /^tim\b/i.test(namaTim) ? namaTim : `Tim ${namaTim}`;
}

/** The penilai agrees, while reviewing, that an RHK from a team role counts as Utama (or not). */
export function canUbahJenisRhkTim(actor: ActorRef, skp: SkpRef): boolean {
  return isSkpPenilai(actor, skp) && skp.status !== "PERSETUJUAN";
}

/** The notification an anggota gets for a new role. */
export function pesanPeranBaru(p: { timId: string; namaTim: string; peran: string }) {
  return { jenis: "PERAN_TIM_DITUGASKAN" as const, judul: `Peran baru di ${sebutanTim(p.namaTim)}`, isi: p.peran, tautan: `/tim-kerja/${p.timId}` };
}

/**
 * What the anggota picker says once someone already on the team's list is picked. One who left
 * and is added again gets their old membership back (their roles with it); the leave stays in
 * the audit log.
 */
export function keteranganCalonAnggota(keluarPada: Date | null, zona: ZonaWaktu): string {
  if (!keluarPada) return "Sudah menjadi anggota tim ini.";
  return `Pernah menjadi anggota sampai ${formatTanggalDi(zona, keluarPada)}; riwayatnya tetap tersimpan. Menambahkannya lagi memulihkan keanggotaan dan peran lamanya.`;
}
