/**
 * What proxy.ts refuses before Next's server-action handler runs, and the words the user then
 * sees. The client reads a refusal through `callAction` (lib/http/call-action.ts): Next turns a
 * `text/plain` error response into the rejected action's message.
 */

/** Next's own limit, set explicitly in next.config.ts; the 1 MB import file fits beneath it. */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export const PESAN_ISIAN_TERLALU_BESAR =
  "Isian terlalu besar untuk dikirim (lebih dari 1 MB). Perpendek isian atau bagi menjadi beberapa bagian, lalu coba lagi.";

export const PESAN_ASAL_DITOLAK =
  "Permintaan ditolak: formulir ini dikirim dari situs lain. Buka e-Kinerja langsung dari alamatnya, lalu coba lagi.";

export const PESAN_PERMINTAAN_GAGAL = "Permintaan tidak sampai ke server atau gagal diproses. Periksa koneksi Anda, lalu coba lagi.";

export type ActionRefusal = { status: 403 | 413; message: string };

/**
 * Why a server-action POST must not reach the action, or null. The Origin must be APP_URL's
 * host: a browser always sends Origin on a POST, so a foreign or opaque ("null") Origin is a
 * cross-site request. A request without Origin (a script, not a browser) passes, as in Next.
 */
export function refuseServerAction(headers: { origin: string | null; contentLength: string | null }, appHost: string): ActionRefusal | null {
  if (headers.origin !== null && originHost(headers.origin) !== appHost) return { status: 403, message: PESAN_ASAL_DITOLAK };
  const length = Number(headers.contentLength);
  if (headers.contentLength !== null && (!Number.isFinite(length) || length > SERVER_ACTION_BODY_LIMIT_BYTES)) {
    return { status: 413, message: PESAN_ISIAN_TERLALU_BESAR };
  }
  return null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
