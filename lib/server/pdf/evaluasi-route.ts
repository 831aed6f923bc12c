import "server-only";
import { canViewSkp } from "@/lib/domain/permissions";
import { readPenilaianSnapshot, type PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { parseUuidParam } from "@/lib/domain/url-params";
import { hariIniDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { namaFilePenilaian } from "./evaluasi-teks";

export type PenilaianPdf = {
  /** Filename prefix: `Evaluasi` → `Evaluasi-<nip>-2026-Triwulan-I.pdf`. */
  awalan: string;
  /** `tanggalFinal`: the calendar day the penilaian became final, in the instansi's zone. */
  render: (snapshot: PenilaianSnapshot, tanggalFinal: Date) => Promise<Buffer>;
};

/**
 * The download behind "Cetak Evaluasi" and "Cetak Dokumen Evaluasi". Same rule as the SKP PDF:
 * the owner, the SKP's penilai and admins of the instansi; for anyone else the penilaian does
 * not exist. Only a FINAL penilaian prints: its snapshot is what was signed off, while a draft
 * may still change and has no snapshot at all.
 */
export async function respondPenilaianPdf(id: string, pdf: PenilaianPdf): Promise<Response> {
  const actor = await getActor();
  // A relative Location: behind a proxy the request's own host may not be the public one.
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/masuk" } });
  if (!parseUuidParam(id)) return teks(404, "Penilaian tidak ditemukan.");

  const penilaian = await db.penilaian.findFirst({
    where: { id, skp: { pegawai: { instansiId: actor.instansiId } } },
    select: {
      status: true,
      snapshot: true,
      finalizedAt: true,
      skp: { select: { pegawaiId: true, penilaiId: true, status: true, pegawai: { select: { nip: true, instansiId: true } } } },
    },
  });
  if (!penilaian || !canViewSkp(actor, { ...penilaian.skp, instansiId: penilaian.skp.pegawai.instansiId })) {
    return teks(404, "Penilaian tidak ditemukan.");
  }
  if (penilaian.status !== "FINAL" || !penilaian.snapshot) {
    return teks(409, "Penilaian belum difinalkan. Evaluasi dapat dicetak setelah Pejabat Penilai memfinalkan penilaian.");
  }

  const snapshot = readPenilaianSnapshot(penilaian.snapshot);
  const file = await pdf.render(snapshot, tanggalFinal(penilaian.finalizedAt, snapshot, actor.zonaWaktu));
  const nip = snapshot.pegawai?.nip ?? penilaian.skp.pegawai.nip;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${namaFilePenilaian(pdf.awalan, nip, snapshot)}"`,
      "Content-Length": String(file.length),
      "Cache-Control": "private, no-store",
    },
  });
}

/** The calendar day a penilaian became final, in the instansi's zone: what its PDFs are signed on. */
export function tanggalFinal(finalizedAt: Date | null, snapshot: PenilaianSnapshot, zona: ZonaWaktu): Date {
  // The row's finalizedAt is authoritative; the snapshot's copy covers rows finalised without it.
  const dariSnapshot = new Date(snapshot.finalizedAt);
  return hariIniDi(zona, finalizedAt ?? (Number.isNaN(dariSnapshot.getTime()) ? new Date() : dariSnapshot));
}

function teks(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
