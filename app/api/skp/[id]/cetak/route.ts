import { NotFoundError } from "@/lib/domain/errors";
import { parseUuidParam } from "@/lib/domain/url-params";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import { getActor } from "@/lib/server/auth";
import { renderSkpPdf } from "@/lib/server/pdf/skp-pdf";
import { getSkpDetail } from "@/lib/server/queries/skp";

/**
 * "Cetak SKP": the SKP and its Lampiran as a PDF. Only the owner, the SKP's penilai and admins
 * of the instansi get it (getSkpDetail checks); for anyone else the SKP does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  // A relative Location: behind a proxy the request's own host may not be the public one.
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/masuk" } });

  const id = parseUuidParam((await params).id);
  if (!id) return notFound();
  let skp;
  try {
    skp = await getSkpDetail(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }

  // An approved SKP is dated the day it was agreed; anything else is a KONSEP, left undated.
  const disetujui = skp.status === "PERSETUJUAN" ? skp.riwayat.find((r) => r.ke === "PERSETUJUAN") : undefined;
  const pdf = await renderSkpPdf(skp, {
    instansi: skp.instansi.nama,
    lokasi: skp.instansi.lokasi,
    disetujui: skp.status === "PERSETUJUAN" ? hariIniDi(actor.zonaWaktu, disetujui?.createdAt ?? new Date()) : null,
  });

  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="SKP-${skp.snapshot.pegawai?.nip ?? skp.pegawaiNip}-${skp.tahun}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}

function notFound() {
  return new Response("SKP tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
