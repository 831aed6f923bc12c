import { safeCallbackPath } from "@/lib/domain/callback-url";
import { parseUuidParam } from "@/lib/domain/url-params";
import { env } from "@/lib/env";
import { getActor } from "@/lib/server/auth";
import { bukaNotifikasi } from "@/lib/server/notifikasi/buka";

/**
 * Opening a notification (from the list or the email): marks it read and goes to its page. Only
 * the recipient; for anyone else it does not exist. The stored path is read as an in-app path
 * (safeCallbackPath), so a row can never send anyone off-site. Relative Locations: behind a
 * proxy the request's own host may not be the public one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const id = parseUuidParam((await params).id);
  if (!actor) return redirect(`/masuk?callbackUrl=${encodeURIComponent(`/notifikasi/${id ?? ""}`)}`);
  const tautan = id ? await bukaNotifikasi(actor, id) : null;
  if (!tautan) return new Response("Notifikasi tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return redirect(safeCallbackPath(tautan, env().APP_URL));
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
