import "server-only";
import { DomainError } from "@/lib/domain/errors";
import { unorSubtree, type SiasnUnor } from "@/lib/domain/siasn/unor";
import type { SiasnClient } from "@/lib/server/siasn/client";
import { db, type Tx } from "@/lib/server/db";
import { akhiriJob, bacaLog, catatKemajuan, type LogJob } from "./job";

/** Units per transaction; progress is saved after each. */
export const BATCH_UNOR = 50;

type JobUnor = { id: string; instansiId: string; aktorId: string | null };

type UnitLokal = { id: string; nama: string; parentId: string | null; siasnId: string | null; pimpinanId: string | null; aktif: boolean };

/**
 * Brings the instansi's unit tree in line with SIASN's ref-unor: parents first, each unit
 * matched by SIASN id (or, the first time, by name under the same parent), created when
 * missing, its name, parent and eselon updated. Units SIASN no longer has are listed, not
 * deactivated: that is the admin's decision. Then the pimpinan named by SIASN is set where
 * that pegawai is known here by SIASN id. Each batch commits on its own.
 */
export async function jalankanSinkronUnor(job: JobUnor, client: SiasnClient): Promise<void> {
  const log: LogJob = { ...bacaLog(null), cursor: null };
  const semua = await client.getAllRefUnor();
  const lokal = await db.unitKerja.findMany({
    where: { instansiId: job.instansiId },
    select: { id: true, nama: true, parentId: true, siasnId: true, pimpinanId: true, aktif: true },
  });
  const indukId = await cariUnorInduk(job, semua, lokal, client);
  const pohon = unorSubtree(semua, indukId);
  // Every attempt starts over (it only upserts), so the counters do too.
  await db.job.update({ where: { id: job.id }, data: { total: pohon.length, selesai: 0, gagal: 0 } });

  const idLokal = new Map<string, string>(lokal.filter((u) => u.siasnId).map((u) => [u.siasnId as string, u.id]));
  const belumTerhubung = lokal.filter((u) => !u.siasnId);
  let dibuat = 0;
  let diperbarui = 0;
  for (let i = 0; i < pohon.length; i += BATCH_UNOR) {
    const batch = pohon.slice(i, i + BATCH_UNOR);
    await db.$transaction(async (tx) => {
      for (const unor of batch) {
        const parentId = unor.id === indukId ? null : (unor.parentId ? idLokal.get(unor.parentId) : undefined) ?? null;
        const ada = idLokal.get(unor.id) ?? ambilCocokNama(belumTerhubung, unor.nama, parentId);
        const data = { nama: unor.nama, namaJabatan: unor.namaJabatan, eselon: unor.eselon, parentId, siasnId: unor.id };
        if (ada) {
          await tx.unitKerja.update({ where: { id: ada, instansiId: job.instansiId }, data });
          idLokal.set(unor.id, ada);
          diperbarui++;
        } else {
          const baru = await tx.unitKerja.create({ data: { ...data, instansiId: job.instansiId }, select: { id: true } });
          idLokal.set(unor.id, baru.id);
          dibuat++;
        }
      }
    });
    if (!(await catatKemajuan(job.id, { selesai: batch.length, gagal: 0 }, log))) return;
  }

  const pimpinan = await db.$transaction((tx) => aturPimpinan(tx, job.instansiId, pohon, idLokal));
  const diSiasn = new Set(pohon.map((u) => u.id));
  const hilang = lokal.filter((u) => u.siasnId && !diSiasn.has(u.siasnId) && u.aktif);
  log.catatan = [
    ...pimpinan,
    ...hilang.map((u) => `Unit "${u.nama}" tidak ada lagi di SIASN. Unit ini tidak dinonaktifkan otomatis; nonaktifkan lewat menu Unit Kerja bila memang sudah dibubarkan.`),
    ...belumTerhubung.filter((u) => u.aktif).map((u) => `Unit "${u.nama}" tidak ditemukan di SIASN dan belum terhubung.`),
  ];
  log.pesan = `Selesai: ${dibuat} unit baru, ${diperbarui} unit diperbarui dari ${pohon.length} unit di SIASN.`;
  await akhiriJob(job.id, "SELESAI", log);
}

/**
 * The instansi's root unor: from a unit already linked to SIASN, else from the `unorIndukId`
 * of the admin who started the job.
 */
async function cariUnorInduk(job: JobUnor, semua: SiasnUnor[], lokal: UnitLokal[], client: SiasnClient): Promise<string> {
  const byId = new Map(semua.map((u) => [u.id, u]));
  for (const unit of lokal) {
    const unor = unit.siasnId ? byId.get(unit.siasnId) : undefined;
    const induk = unor?.indukUnorId ?? (unor && !unor.parentId ? unor.id : null);
    if (induk && byId.has(induk)) return induk;
  }
  const aktor = job.aktorId ? await db.pegawai.findUnique({ where: { id: job.aktorId }, select: { nip: true } }) : null;
  const profil = aktor ? await client.getDataUtama(aktor.nip) : null;
  if (profil?.unorIndukId && byId.has(profil.unorIndukId)) return profil.unorIndukId;
  throw new DomainError(
    "Unit induk instansi di SIASN tidak dapat ditentukan: data SIASN admin yang menjalankan sinkron tidak menyebut unit induk yang ada di ref-unor.",
  );
}

/** Takes (and removes) the one unlinked unit with this name, preferring the same parent. */
function ambilCocokNama(belum: UnitLokal[], nama: string, parentId: string | null): string | undefined {
  const sama = belum.filter((u) => u.nama.trim().toLowerCase() === nama.trim().toLowerCase());
  const pilih = sama.find((u) => u.parentId === parentId) ?? (sama.length === 1 ? sama[0] : undefined);
  if (!pilih) return undefined;
  belum.splice(belum.indexOf(pilih), 1);
  return pilih.id;
}

/**
 * SIASN names each unit's head by PNS id. Where that pegawai is known here (their profile has
 * been synced) and active in the instansi, they become pimpinan; a vacant post in SIASN leaves
 * a pimpinan claimed in the app alone. Returns notes for the admin.
 */
async function aturPimpinan(tx: Tx, instansiId: string, pohon: SiasnUnor[], idLokal: Map<string, string>): Promise<string[]> {
  const pnsIds = [...new Set(pohon.map((u) => u.pimpinanPnsId).filter((id): id is string => Boolean(id)))];
  const pegawai = await tx.pegawai.findMany({
    where: { instansiId, aktif: true, siasnId: { in: pnsIds } },
    select: { id: true, siasnId: true, memimpin: { select: { id: true } } },
  });
  const bySiasn = new Map(pegawai.map((p) => [p.siasnId as string, p]));
  const catatan: string[] = [];
  let belumDikenal = 0;
  for (const unor of pohon) {
    const unitId = idLokal.get(unor.id);
    if (!unor.pimpinanPnsId || !unitId) continue;
    const p = bySiasn.get(unor.pimpinanPnsId);
    if (!p) {
      belumDikenal++;
      continue;
    }
    if (p.memimpin?.id === unitId) continue;
    // pimpinanId is unique: a pegawai leads one unit, so their old unit is released first.
    await tx.unitKerja.updateMany({ where: { pimpinanId: p.id, instansiId }, data: { pimpinanId: null } });
    await tx.unitKerja.update({ where: { id: unitId }, data: { pimpinanId: p.id } });
    catatan.push(`Pimpinan "${unor.nama}" diatur sesuai SIASN.`);
  }
  if (belumDikenal > 0) {
    catatan.push(
      `${belumDikenal} pimpinan unit menurut SIASN belum dikenali karena profilnya belum tersinkron. Jalankan "Sinkron semua pegawai", lalu ulangi sinkron unit kerja.`,
    );
  }
  return catatan;
}
