import "server-only";
import type { JenisKirimSiasn, StatusJob, StatusKirimSiasn } from "@/lib/generated/prisma/enums";
import { periodeLabel } from "@/lib/domain/periode";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { JENIS_JOB_KIRIM } from "@/lib/server/kirim-siasn/job";
import { isMacet } from "@/lib/server/siasn/sinkron-massal/job";
import { assertAdminOf } from "./admin-scope";

export const UKURAN_HALAMAN_KIRIM = 25;

export type BarisKirim = {
  id: string;
  nama: string;
  nip: string;
  periode: string;
  jenis: JenisKirimSiasn;
  status: StatusKirimSiasn;
  siasnId: string | null;
  pesan: string | null;
  /** The last attempt, or null when none was made yet; `oleh` is the admin's name, null for the system. */
  terakhir: { pada: Date; oleh: string | null } | null;
};

export type HalamanKirim = {
  otomatis: boolean;
  jumlah: Record<StatusKirimSiasn, number>;
  /** Final penilaian not yet listed (finalised before this page existed); "Kirim semua" adds them. */
  belumTercatat: number;
  /** Ready or failed results already waiting in a bulk send: "Kirim semua" does not take them again. */
  dalamJob: number;
  /** Sends queued on the worker and not finished yet: the page keeps refreshing while any is. */
  dalamAntrean: number;
  baris: BarisKirim[];
  total: number;
  /** The latest bulk send, with its progress. */
  job: JobKirim | null;
};

export type JobKirim = {
  id: string;
  status: StatusJob;
  total: number;
  selesai: number;
  gagal: number;
  createdAt: Date;
  /** Running, but nothing of it is queued any more or nothing moved for long: its worker stopped. */
  macet: boolean;
};

export async function getHalamanKirim(actor: Actor, opsi: { status?: StatusKirimSiasn; page: number }): Promise<HalamanKirim> {
  assertAdminOf(actor, actor.instansiId);
  const where = { instansiId: actor.instansiId, ...(opsi.status ? { status: opsi.status } : {}) };
  const [instansi, kelompok, belumTercatat, dalamJob, antrean, total, rows, job] = await Promise.all([
    db.instansi.findUniqueOrThrow({ where: { id: actor.instansiId }, select: { kirimSiasnOtomatis: true } }),
    db.kirimSiasn.groupBy({ by: ["status"], where: { instansiId: actor.instansiId }, _count: { _all: true } }),
    db.penilaian.count({ where: { status: "FINAL", kirimSiasn: { none: {} }, skp: { pegawai: { instansiId: actor.instansiId } } } }),
    db.kirimSiasn.count({ where: { instansiId: actor.instansiId, status: { in: ["SIAP", "GAGAL"] }, menungguJob: true } }),
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'kirim-siasn'
      AND attempts < max_attempts AND key IN (SELECT 'kirim-siasn:' || id FROM "KirimSiasn" WHERE "instansiId" = ${actor.instansiId}::uuid)`,
    db.kirimSiasn.count({ where }),
    db.kirimSiasn.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (opsi.page - 1) * UKURAN_HALAMAN_KIRIM,
      take: UKURAN_HALAMAN_KIRIM,
      include: {
        penilaian: { select: { periode: { select: { jenis: true, urutan: true, tahun: { select: { tahun: true } } } }, skp: { select: { pegawai: { select: { nama: true, nip: true } } } } } },
        percobaan: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, aktorId: true } },
      },
    }),
    getJobKirimTerakhir(actor.instansiId),
  ]);
  const aktorIds = [...new Set(rows.flatMap((r) => (r.percobaan[0]?.aktorId ? [r.percobaan[0].aktorId] : [])))];
  // One query for the names of whoever sent this page's rows (an attempt keeps only the id).
  const aktor = new Map(
    aktorIds.length > 0 ? (await db.pegawai.findMany({ where: { id: { in: aktorIds } }, select: { id: true, nama: true } })).map((p) => [p.id, p.nama]) : [],
  );
  const jumlah: Record<StatusKirimSiasn, number> = { SIAP: 0, TERKIRIM: 0, GAGAL: 0 };
  for (const k of kelompok) jumlah[k.status] = k._count._all;
  return {
    otomatis: instansi.kirimSiasnOtomatis,
    jumlah,
    belumTercatat,
    dalamJob,
    dalamAntrean: Number(antrean[0]?.n ?? 0),
    total,
    job,
    baris: rows.map((r) => {
      const { periode, skp } = r.penilaian;
      const akhir = r.percobaan[0];
      return {
        id: r.id,
        nama: skp.pegawai.nama,
        nip: skp.pegawai.nip,
        periode: `${periodeLabel(periode.jenis, periode.urutan)} ${periode.tahun.tahun}`,
        jenis: r.jenis,
        status: r.status,
        siasnId: r.siasnId,
        pesan: r.pesan,
        terakhir: akhir ? { pada: akhir.createdAt, oleh: akhir.aktorId ? (aktor.get(akhir.aktorId) ?? "admin") : null } : null,
      };
    }),
  };
}

async function getJobKirimTerakhir(instansiId: string): Promise<JobKirim | null> {
  const job = await db.job.findFirst({
    where: { instansiId, jenis: JENIS_JOB_KIRIM },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, total: true, selesai: true, gagal: true, createdAt: true, updatedAt: true },
  });
  if (!job) return null;
  const berjalan = job.status === "BERJALAN";
  const [antre] = berjalan
    ? await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'kirim-siasn'
        AND attempts < max_attempts AND key IN (SELECT 'kirim-siasn:' || id FROM "KirimSiasn" WHERE "jobId" = ${job.id}::uuid AND "menungguJob")`
    : [];
  const { updatedAt, ...ringkas } = job;
  return { ...ringkas, macet: berjalan && (Number(antre?.n ?? 0) === 0 || isMacet({ status: job.status, updatedAt })) };
}
