import { Readable } from "node:stream";
import { BATAS_UNDUHAN, menitSampaiBolehUnduh } from "@/lib/domain/unduh-data";
import { parseUuidParam } from "@/lib/domain/url-params";
import { getActor } from "@/lib/server/auth";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { muatCakupanUnduhan } from "@/lib/server/unduh-data/muat";
import { arsipUnduhan } from "@/lib/server/unduh-data/zip";

export const dynamic = "force-dynamic";

/**
 * "Unduh data saya": every year of a pegawai's SKP, penilaian and Progres Harian as one ZIP,
 * streamed as it is made (`?pegawaiId=`, default oneself). The owner and the admin of their
 * instansi get every year; an atasan only the years they were the penilai
 * (skpTerlihat); for anyone else the pegawai does not exist. Each download is audited, and
 * the audit rows are the rate limit (BATAS_UNDUHAN).
 */
export async function GET(request: Request) {
  const actor = await getActor();
  // A relative Location: behind a proxy the request's own host may not be the public one.
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/masuk" } });
  const param = new URL(request.url).searchParams.get("pegawaiId");
  const pegawaiId = param ? parseUuidParam(param) : actor.id;
  if (!pegawaiId) return tidakAda();

  const cakupan = await muatCakupanUnduhan(actor, pegawaiId);
  if (!cakupan) return tidakAda();
  const tunggu = await db.$transaction(async (tx) => {
    // One download at a time per person is counted: two tabs cannot both slip under the limit.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`unduh-data:${actor.id}`}))`;
    const now = new Date();
    const sebelumnya = await tx.auditLog.findMany({
      where: { aktorId: actor.id, aksi: "UNDUH_DATA_PEGAWAI", createdAt: { gt: new Date(now.getTime() - BATAS_UNDUHAN.menit * 60_000) } },
      select: { createdAt: true },
    });
    const menit = menitSampaiBolehUnduh(sebelumnya.map((r) => r.createdAt), now);
    if (menit > 0) return menit;
    await writeAudit(tx, actor, {
      aksi: "UNDUH_DATA_PEGAWAI",
      entitas: "Pegawai",
      entitasId: cakupan.pegawai.id,
      data: { tahun: cakupan.skp.map((s) => s.tahun) },
    });
    return 0;
  });
  if (tunggu > 0) {
    return new Response(`Terlalu banyak unduhan data. Coba lagi dalam ${tunggu} menit.`, {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(tunggu * 60) },
    });
  }

  const zip = arsipUnduhan(actor, cakupan);
  return new Response(Readable.toWeb(zip) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="data-ekinerja-${cakupan.pegawai.nip}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function tidakAda(): Response {
  return new Response("Pegawai tidak ditemukan.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
