import { getActor } from "@/lib/server/auth";
import { buatTemplatImporProgres } from "@/lib/server/progres-harian/impor/templat";

export const dynamic = "force-dynamic";

/** The Progres Harian import template as XLSX, listing the signed-in pegawai's own rencana aksi. */
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/masuk" } });
  const body = await buatTemplatImporProgres(actor);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="templat-impor-progres-harian.xlsx"',
      "Cache-Control": "private, no-store",
    },
  });
}
