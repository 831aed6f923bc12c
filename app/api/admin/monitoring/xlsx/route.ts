import type { NextRequest } from "next/server";
import { getActor } from "@/lib/server/auth";
import { buatMonitoringXlsx } from "@/lib/server/monitoring/xlsx";
import { parseTahunParam } from "@/lib/domain/url-params";

export const dynamic = "force-dynamic";

/** Monitoring Pengisian of the signed-in admin's own instansi as XLSX (`?tahun=2026`). */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  if (!actor.isAdmin) return new Response("Hanya admin instansi yang dapat mengunduh monitoring.", { status: 403 });

  const diminta = parseTahunParam(request.nextUrl.searchParams.get("tahun") ?? undefined);
  const { buffer, tahun } = await buatMonitoringXlsx(actor, { tahun: diminta });
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="monitoring-pengisian-${tahun ?? "kosong"}.xlsx"`,
      "Cache-Control": "no-store",
    },
  });
}
