import "server-only";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import { SiasnError } from "@/lib/domain/siasn/errors";
import type { SiasnClient } from "@/lib/server/siasn/client";
import { applySiasnChanges, compareProfilWithSiasn, recordSinkronGagal, type PerbandinganSiasn } from "@/lib/server/siasn/sync-profil";
import { db } from "@/lib/server/db";
import { akhiriJob, bacaLog, catatKemajuan, SinkronTerhenti, type LogJob } from "./job";

/** Pegawai per batch: progress and the resume point are saved after each. */
export const BATCH_PEGAWAI = 10;

type JobPegawai = { id: string; instansiId: string; aktorId: string | null; total: number; log: unknown };

/**
 * Syncs every active pegawai of the instansi with SIASN, in id order from where the job left
 * off. Each pegawai's changes commit on their own, so a failure later leaves earlier ones in
 * place. A pegawai SIASN does not know, or whose unit is missing, is logged and skipped; when
 * SIASN itself is down or refuses the credentials the job stops at that pegawai (SinkronTerhenti),
 * and a later attempt continues from there.
 */
export async function jalankanSinkronPegawai(job: JobPegawai, client: SiasnClient): Promise<void> {
  const log: LogJob = bacaLog(job.log as never);
  if (job.total === 0) {
    const total = await db.pegawai.count({ where: { instansiId: job.instansiId, aktif: true } });
    await db.job.update({ where: { id: job.id }, data: { total } });
  }

  for (;;) {
    const batch = await db.pegawai.findMany({
      where: { instansiId: job.instansiId, aktif: true, ...(log.cursor ? { id: { gt: log.cursor } } : {}) },
      orderBy: { id: "asc" },
      take: BATCH_PEGAWAI,
      select: { id: true, nip: true, nama: true },
    });
    if (batch.length === 0) break;

    const delta = { selesai: 0, gagal: 0 };
    for (const pegawai of batch) {
      try {
        await sinkronSatu(pegawai.id, client, job.aktorId);
        delta.selesai++;
      } catch (error) {
        if (error instanceof SiasnError && (error.kind === "credentials" || error.kind === "unavailable")) {
          await catatKemajuan(job.id, delta, log);
          throw new SinkronTerhenti(`Berhenti di NIP ${pegawai.nip} (${pegawai.nama}): ${error.message}`, error);
        }
        const pesan = pesanGagal(error);
        log.gagal.push({ nip: pegawai.nip, nama: pegawai.nama, pesan });
        await recordSinkronGagal(db, { pegawaiId: pegawai.id, actorId: job.aktorId, pesan });
        delta.gagal++;
      }
      log.cursor = pegawai.id;
    }
    if (!(await catatKemajuan(job.id, delta, log))) return;
  }

  log.pesan = log.gagal.length > 0 ? "Selesai. Sebagian pegawai gagal disinkronkan; lihat daftarnya." : "Selesai. Semua pegawai aktif sudah disinkronkan.";
  await akhiriJob(job.id, "SELESAI", log);
}

/**
 * Data SIASN owns (name, jabatan, pangkat, unit…) is applied; contact details the pegawai keeps
 * up to date themself are only filled in when empty. Applied only if the pegawai was not
 * edited since the comparison, which applySiasnChanges checks.
 */
async function sinkronSatu(pegawaiId: string, client: SiasnClient, aktorId: string | null): Promise<void> {
  const perbandingan: PerbandinganSiasn = await compareProfilWithSiasn(db, pegawaiId, client);
  const fields = perbandingan.perubahan
    .filter((row) => !KONTAK.has(row.field) || row.lama === null || row.lama === "")
    .map((row) => row.field);
  if (fields.length === 0 && perbandingan.perubahan.length > 0) return;
  await db.$transaction((tx) => applySiasnChanges(tx, perbandingan, fields, aktorId));
}

const KONTAK = new Set(["email", "noHp"]);

function pesanGagal(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  const id = randomUUID().slice(0, 8);
  console.error(`[sinkron pegawai ${id}]`, error);
  return `Terjadi kesalahan pada server (kode ${id}).`;
}
