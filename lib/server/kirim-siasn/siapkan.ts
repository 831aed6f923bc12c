import "server-only";
import { readPenilaianSnapshot, type PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { jenisKirimUntuk } from "@/lib/domain/siasn/kirim";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";
import { tambahBanyakTugasLatar, tambahTugasLatar } from "@/lib/server/antrean/tambah";
import type { Tx } from "@/lib/server/db";

/** Attempts graphile-worker makes at one send; its backoff (e^n s) spreads them over minutes. */
export const MAKS_PERCOBAAN_KIRIM = 5;

/**
 * At Finalkan, in its transaction: marks each result of the penilaian ready to send (one row
 * per kind, so a refinalised result reuses its row and keeps SIASN's id for the update), and
 * when the instansi sends automatically, queues the sends. The row is SIAP again only when the
 * finalisation moved on; the same finalisation is never re-armed.
 */
export async function siapkanKirimSiasn(
  tx: Tx,
  data: { instansiId: string; penilaianId: string; finalizedAt: Date; snapshot: PenilaianSnapshot },
): Promise<string[]> {
  const ids = await tandaiSiap(tx, data);
  const instansi = await tx.instansi.findUniqueOrThrow({ where: { id: data.instansiId }, select: { kirimSiasnOtomatis: true } });
  if (instansi.kirimSiasnOtomatis) await antreBanyakKirim(tx, ids, null);
  return ids;
}

/**
 * Final penilaian that have no row yet (finalised before Kirim ke SIASN existed), up to `batas`,
 * listed SIAP in one statement as Finalkan would have; a row Finalkan wrote meanwhile is kept.
 */
export async function catatYangBelumTercatat(tx: Tx, instansiId: string, batas: number): Promise<void> {
  const belum = await tx.penilaian.findMany({
    where: { status: "FINAL", finalizedAt: { not: null }, kirimSiasn: { none: {} }, skp: { pegawai: { instansiId } } },
    select: { id: true, finalizedAt: true, snapshot: true },
    take: batas,
  });
  const data = belum.flatMap((p) =>
    jenisKirimUntuk(readPenilaianSnapshot(p.snapshot)).map((jenis) => ({ instansiId, penilaianId: p.id, jenis, finalizedAt: p.finalizedAt! })),
  );
  await tx.kirimSiasn.createMany({ data, skipDuplicates: true });
}

/** The rows of one final penilaian, SIAP for this finalisation; SIASN's id is kept. */
async function tandaiSiap(
  tx: Tx,
  data: { instansiId: string; penilaianId: string; finalizedAt: Date; snapshot: PenilaianSnapshot },
): Promise<string[]> {
  const ids: string[] = [];
  for (const jenis of jenisKirimUntuk(data.snapshot)) {
    const row = await tx.kirimSiasn.upsert({
      where: { penilaianId_jenis: { penilaianId: data.penilaianId, jenis } },
      create: { instansiId: data.instansiId, penilaianId: data.penilaianId, jenis, finalizedAt: data.finalizedAt },
      update: { status: "SIAP", finalizedAt: data.finalizedAt, pesan: null },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/**
 * Queues one send; the job key makes a second queueing of a waiting send a no-op.
 * `diperiksaSejak` is set when the admin asks for this one result (see tujuanKirim).
 */
export async function antreKirim(tx: Tx, kirimId: string, aktorId: string | null, diperiksaSejak?: Date): Promise<void> {
  const payload = { kirimId, aktorId, ...(diperiksaSejak ? { diperiksaSejak: diperiksaSejak.toISOString() } : {}) };
  await tambahTugasLatar(tx, NAMA_TUGAS.KIRIM_SIASN, payload, { kunci: kunciKirim(kirimId), maksPercobaan: MAKS_PERCOBAAN_KIRIM });
}

/** Queues many sends in one statement (a bulk send of thousands), with the same keys as antreKirim. */
export async function antreBanyakKirim(tx: Tx, kirimIds: string[], aktorId: string | null): Promise<void> {
  const daftar = kirimIds.map((kirimId) => ({ payload: { kirimId, aktorId }, kunci: kunciKirim(kirimId) }));
  await tambahBanyakTugasLatar(tx, NAMA_TUGAS.KIRIM_SIASN, daftar, { maksPercobaan: MAKS_PERCOBAAN_KIRIM });
}

function kunciKirim(kirimId: string): string {
  return `kirim-siasn:${kirimId}`;
}
