import type { NextRequest } from "next/server";
import { NotFoundError } from "@/lib/domain/errors";
import { parseUuidParam } from "@/lib/domain/url-params";
import { getActor } from "@/lib/server/auth";
import { buatMonitoringProgresXlsx } from "@/lib/server/monitoring/progres-harian-xlsx";

export const dynamic = "force-dynamic";

/** Monitoring Progres Harian of one level (`?unit=<id>`, default the top) of the admin's own instansi as XLSX. */
export async function GET(request: NextRequest): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Silakan masuk terlebih dahulu.", { status: 401 });
  if (!actor.isAdmin) return new Response("Hanya admin instansi yang dapat mengunduh monitoring.", { status: 403 });

  const unit = parseUuidParam(request.nextUrl.searchParams.get("unit") ?? undefined);
  try {
    const buffer = await buatMonitoringProgresXlsx(actor, { unit });
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="monitoring-progres-harian.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    throw error;
  }
}
