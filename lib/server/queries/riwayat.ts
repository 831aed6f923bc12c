import "server-only";
import type { EntitasRiwayat } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export type RiwayatEntri = { id: string; dari: string | null; ke: string; catatan: string | null; createdAt: Date; aktorNama: string };

/**
 * The status history of an SKP or a penilaian, newest first, with who did each step: one
 * query (RiwayatStatus has no foreign key to Pegawai, so Prisma cannot join it for us).
 */
export async function listRiwayat(entitas: EntitasRiwayat, entitasId: string): Promise<RiwayatEntri[]> {
  const rows = await db.$queryRaw<Array<Omit<RiwayatEntri, "aktorNama"> & { aktorId: string | null; aktorNama: string | null }>>`
    SELECT r.id, r.dari, r.ke, r.catatan, r."createdAt", r."aktorId", a.nama AS "aktorNama"
    FROM "RiwayatStatus" r
    LEFT JOIN "Pegawai" a ON a.id = r."aktorId"
    WHERE r.entitas = ${entitas}::"EntitasRiwayat" AND r."entitasId" = ${entitasId}::uuid
    ORDER BY r."createdAt" DESC`;
  return rows.map(({ aktorId, aktorNama, ...r }) => ({
    ...r,
    aktorNama: aktorId ? (aktorNama ?? "Pengguna terhapus") : "Sistem",
  }));
}
