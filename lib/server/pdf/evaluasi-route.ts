import "server-only";
import { canViewSkp } from "@/lib/domain/permissions";
import { readPenilaianSnapshot, type PenilaianSnapshot } from "@/lib/domain/penilaian-snapshot";
import { parseUuidParam } from "@/lib/domain/url-params";
import { hariIniDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { getActor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { buildKonsepSnapshot } from "@/lib/server/penilaian/konsep";
import { namaFilePenilaian } from "./evaluasi-teks";

export type PenilaianPdf = {
  /** Filename prefix: `Evaluasi` → `Evaluasi-<nip>-2026-Triwulan-I.pdf`. */
  awalan: string;
  /** `tanggalFinal`: the calendar day the penilaian became final, in the instansi's zone; null for a KONSEP. */
  render: (snapshot: PenilaianSnapshot, tanggalFinal: Date | null) => Promise<Buffer>;
};

/**
 * The download behind "Cetak Evaluasi" and "Cetak Dokumen Evaluasi". Same rule as the SKP PDF:
 * the owner, the SKP's penilai and admins of the instansi; for anyone else the penilaian does
 * not exist. A FINAL penilaian prints its snapshot, what was signed off. A draft prints as a
 * KONSEP (watermarked, undated) for the penilai and admins only: the pegawai sees the atasan's
 * verdict once it is final, on paper as on the page.
 */
export async function respondPenilaianPdf(id: string, pdf: PenilaianPdf): Promise<Response> {
  const actor = await getActor();
  // A relative Location: behind a proxy the request's own host may not be the public one.
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/masuk" } });
  if (!parseUuidParam(id)) return teks(404, "Penilaian tidak ditemukan.");

  const penilaian = await db.penilaian.findFirst({
    where: { id, skp: { pegawai: { instansiId: actor.instansiId } } },
    select: {
      id: true,
      skpId: true,
      periodeId: true,
      status: true,
      snapshot: true,
      finalizedAt: true,
      ratingHasil: true,
      ratingPerilaku: true,
      predikat: true,
      catatan: true,
      skp: { select: { pegawaiId: true, penilaiId: true, status: true, pegawai: { select: { nip: true, instansiId: true } } } },
    },
  });
  if (!penilaian || !canViewSkp(actor, { ...penilaian.skp, instansiId: penilaian.skp.pegawai.instansiId })) {
    return teks(404, "Penilaian tidak ditemukan.");
  }
  const final = penilaian.status === "FINAL" && penilaian.snapshot !== null;
  const penilaiAtauAdmin = penilaian.skp.penilaiId === actor.id || (actor.isAdmin && penilaian.skp.pegawaiId !== actor.id);
  if (!final && !penilaiAtauAdmin) {
    return teks(409, "Penilaian belum difinalkan. Evaluasi dapat dicetak setelah Pejabat Penilai memfinalkan penilaian.");
  }

  let file: Buffer;
  let snapshot: PenilaianSnapshot;
  if (final) {
    snapshot = readPenilaianSnapshot(penilaian.snapshot);
    file = await pdf.render(snapshot, tanggalFinal(penilaian.finalizedAt, snapshot, actor.zonaWaktu));
  } else {
    snapshot = await buildKonsepSnapshot(actor, penilaian);
    file = await pdf.render(snapshot, null);
  }
  const nip = snapshot.pegawai?.nip ?? penilaian.skp.pegawai.nip;
  const awalan = final ? pdf.awalan : `Konsep-${pdf.awalan}`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${namaFilePenilaian(awalan, nip, snapshot)}"`,
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
