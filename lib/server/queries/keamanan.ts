import "server-only";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listActiveSesi, type SesiAktif } from "@/lib/server/autentikasi/sesi";

/** The audit actions that make up a pegawai's own sign-in history. */
export const AKSI_RIWAYAT_MASUK = ["MASUK_BERHASIL", "MASUK_GAGAL", "KELUAR", "KELUAR_SEMUA_PERANGKAT"] as const;

export type RiwayatMasuk = { id: string; aksi: string; alamat: string | null; createdAt: Date };

export type Keamanan = { sesi: SesiAktif[]; riwayat: RiwayatMasuk[] };

/** Profil › Keamanan: the actor's live sessions and their last 20 sign-in events. */
export async function getKeamanan(actor: Actor): Promise<Keamanan> {
  const [sesi, riwayat] = await Promise.all([
    listActiveSesi(actor.id),
    db.auditLog.findMany({
      where: { entitas: "Pegawai", entitasId: actor.id, aksi: { in: [...AKSI_RIWAYAT_MASUK] } },
      select: { id: true, aksi: true, alamat: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
  ]);
  return { sesi, riwayat };
}
