import { unstable_rethrow } from "next/navigation";
import { PESAN_ASAL_DITOLAK, PESAN_PERMINTAAN_GAGAL, PESAN_ISIAN_TERLALU_BESAR } from "./server-action-guard";

type ActionCallFailure = { ok: false; message: string; fieldErrors?: undefined };

const PESAN_DARI_PROXY = new Set([PESAN_ASAL_DITOLAK, PESAN_ISIAN_TERLALU_BESAR]);

/**
 * Calls a server action from a form. An action answers failures itself with `{ ok: false }`,
 * but when the request never reaches it (refused by proxy.ts, the body over the limit, the
 * network gone) the call rejects; that becomes a readable failure here instead of the page's
 * error screen. Next's own redirects and notFound() still go through.
 */
export async function callAction<R>(call: () => Promise<R>): Promise<R | ActionCallFailure> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    const message = error instanceof Error && PESAN_DARI_PROXY.has(error.message) ? error.message : PESAN_PERMINTAAN_GAGAL;
    return { ok: false, message };
  }
}
