import { NotFoundError } from "@/lib/domain/errors";
import { parseUuidParam } from "@/lib/domain/url-params";
import { getActor } from "@/lib/server/auth";
import { cetakSkpPdf, namaFileSkp } from "@/lib/server/pdf/skp-cetak";
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

  const pdf = await cetakSkpPdf(skp, actor.zonaWaktu);

  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${namaFileSkp(skp)}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}

function notFound() {
  return new Response("SKP tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
