import "server-only";
import type { JenisNotifikasi } from "@/lib/generated/prisma/enums";
import { saluranUntuk } from "@/lib/domain/notifikasi";
import type { Tx } from "@/lib/server/db";
import { tambahBanyakTugasLatar } from "@/lib/server/antrean/tambah";
import { NAMA_TUGAS } from "@/lib/server/antrean/nama-tugas";

export type NotifikasiBaru = {
  penerimaId: string;
  jenis: JenisNotifikasi;
  judul: string;
  isi?: string;
  /** A path inside the app, where the notified thing is seen or done. */
  tautan: string;
};

/**
 * Writes notifications in the caller's transaction, so one exists exactly when the change it
 * reports was committed, and queues an email at once for each recipient who wants that kind so
 * (in the same transaction: a rolled-back change sends nothing). Digest kinds wait for 07.00.
 */
export async function catatNotifikasi(tx: Tx, daftar: NotifikasiBaru[]): Promise<void> {
  if (daftar.length === 0) return;
  const dibuat = await tx.notifikasi.createManyAndReturn({
    data: daftar.map((n) => ({ penerimaId: n.penerimaId, jenis: n.jenis, judul: n.judul, isi: n.isi ?? "", tautan: n.tautan })),
    select: { id: true, penerimaId: true, jenis: true },
  });
  const pilihan = await tx.preferensiNotifikasi.findMany({
    where: { pegawaiId: { in: [...new Set(dibuat.map((n) => n.penerimaId))] } },
    select: { pegawaiId: true, jenis: true, saluran: true },
  });
  const pilihanPer = new Map<string, Map<JenisNotifikasi, (typeof pilihan)[number]["saluran"]>>();
  for (const p of pilihan) pilihanPer.set(p.pegawaiId, (pilihanPer.get(p.pegawaiId) ?? new Map()).set(p.jenis, p.saluran));
  const segera = dibuat.filter((n) => saluranUntuk(n.jenis, pilihanPer.get(n.penerimaId) ?? new Map()) === "EMAIL_SEGERA");
  await tambahBanyakTugasLatar(
    tx,
    NAMA_TUGAS.KIRIM_EMAIL_NOTIFIKASI,
    segera.map((n) => ({ payload: { notifikasiId: n.id }, kunci: `email-notifikasi:${n.id}` })),
  );
}
