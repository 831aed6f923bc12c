import "server-only";
import { db, type Tx } from "@/lib/server/db";

// A working day: a shared office computer left signed in does not stay usable for a month.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type SesiAktif = { id: string; createdAt: Date; alamat: string | null; userAgent: string | null };

/** The server-side record of one sign-in; its id travels in the JWT as `sid`. */
export async function createSesi(
  tx: Pick<Tx, "sesi">,
  pegawaiId: string,
  from: { alamat: string | null; userAgent: string | null },
): Promise<string> {
  const sesi = await tx.sesi.create({
    data: {
      pegawaiId,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      alamat: from.alamat?.slice(0, 64) ?? null,
      userAgent: from.userAgent?.slice(0, 400) ?? null,
    },
    select: { id: true },
  });
  return sesi.id;
}

/** Sign-out: this cookie is worth nothing from now on, even replayed. Returns whether it was live. */
export async function revokeSesi(tx: Pick<Tx, "sesi">, sesiId: string, pegawaiId: string): Promise<boolean> {
  const { count } = await tx.sesi.updateMany({ where: { id: sesiId, pegawaiId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}

/** Every browser of this pegawai is signed out, for good: nothing brings these sessions back. */
export async function revokeAllSesi(tx: Pick<Tx, "sesi">, pegawaiId: string): Promise<number> {
  const { count } = await tx.sesi.updateMany({ where: { pegawaiId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** The sessions still usable, newest first, for the Keamanan section of Profil. */
export async function listActiveSesi(pegawaiId: string): Promise<SesiAktif[]> {
  return db.sesi.findMany({
    where: { pegawaiId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, alamat: true, userAgent: true },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}
