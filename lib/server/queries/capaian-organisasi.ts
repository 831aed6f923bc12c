import "server-only";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { pilihPeriode } from "@/lib/domain/penilaian-atasan";
import type { CapaianOrganisasi } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { pimpinanAtasOf } from "@/lib/server/penilaian/capaian-organisasi-akses";
import { db } from "@/lib/server/db";
import { listPeriodeOptions } from "@/lib/server/queries/penilaian-bawahan";

export type CapaianUnitRow = {
  id: string;
  nama: string;
  induk: string | null;
  capaian: CapaianOrganisasi | null;
  diubahPada: Date | null;
};

/**
 * The units whose capaian the actor sets for a periode: the child units of every unit they
 * lead today (definitively or as PLT/PLH), or, for an admin, every active unit of the
 * instansi (including the top unit, which has no pimpinan above it).
 */
export async function listCapaianOrganisasi(actor: Actor, periodeId: string | undefined) {
  const today = hariIniDi(actor.zonaWaktu, new Date());
  const periodeList = await listPeriodeOptions(actor);
  const periode = pilihPeriode(periodeList, periodeId, today);

  const kandidat = await db.unitKerja.findMany({
    where: {
      instansiId: actor.instansiId,
      OR: [{ pimpinanId: actor.id }, { pelaksanaTugas: { some: { pegawaiId: actor.id, mulai: { lte: today }, selesai: { gte: today } } } }],
    },
    select: { id: true },
  });
  // A definitive pimpinan stood in for by a PLH today does not set capaian meanwhile.
  const pimpinan = await pimpinanAtasOf(db, kandidat.map((u) => u.id), today);
  const dipimpin = [...pimpinan].flatMap(([id, pegawaiId]) => (pegawaiId === actor.id ? [id] : []));

  const units =
    periode && (dipimpin.length > 0 || actor.isAdmin)
      ? await db.unitKerja.findMany({
          where: { instansiId: actor.instansiId, aktif: true, ...(actor.isAdmin ? {} : { parentId: { in: dipimpin } }) },
          orderBy: [{ parent: { nama: "asc" } }, { nama: "asc" }],
          select: {
            id: true,
            nama: true,
            parent: { select: { nama: true } },
            capaian: { where: { periodeId: periode.id }, select: { capaian: true, updatedAt: true } },
          },
        })
      : [];
  const rows: CapaianUnitRow[] = units.map((u) => ({
    id: u.id,
    nama: u.nama,
    induk: u.parent?.nama ?? null,
    capaian: u.capaian[0]?.capaian ?? null,
    diubahPada: u.capaian[0]?.updatedAt ?? null,
  }));
  return { periodeList, periode, rows, memimpin: dipimpin.length > 0 };
}
