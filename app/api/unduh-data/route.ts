import { Readable } from "node:stream";
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
 * (skpUntukUnduhan); for anyone else the pegawai does not exist. Each download is audited.
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
  await writeAudit(db, actor, {
    aksi: "UNDUH_DATA_PEGAWAI",
    entitas: "Pegawai",
    entitasId: cakupan.pegawai.id,
    data: { tahun: cakupan.skp.map((s) => s.tahun) },
  });

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
