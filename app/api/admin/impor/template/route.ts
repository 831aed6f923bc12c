import { getActor } from "@/lib/server/auth";
import { buatTemplatImpor } from "@/lib/server/import/templat";

export const dynamic = "force-dynamic";

/** The import template as XLSX, with the admin's own unit kerja listed. Admins only. */
export async function GET(): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  if (!actor.isAdmin) return new Response("Hanya admin instansi yang dapat mengunduh templat impor.", { status: 403 });

  const body = await buatTemplatImpor(actor);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="templat-impor-pegawai.xlsx"',
      "Cache-Control": "no-store",
    },
  });
}
