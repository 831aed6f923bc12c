import { hariIniDi } from "@/lib/domain/zona-waktu";
import { JENIS_REKAP } from "@/lib/domain/rekap-progres";
import { parseIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { parseEnumParam, parseUuidParam } from "@/lib/domain/url-params";
import { getActor } from "@/lib/server/auth";
import { loadRekap } from "@/lib/server/progres-harian/rekap/data";
import { renderRekapPdf } from "@/lib/server/progres-harian/rekap/pdf";
import { renderRekapXlsx } from "@/lib/server/progres-harian/rekap/xlsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Rekap Mingguan / Bulanan of a pegawai's Progres Harian, as PDF or XLSX:
 * `?pegawaiId=&jenis=mingguan|bulanan&tanggal=YYYY-MM-DD&format=pdf|xlsx` (pegawaiId defaults to
 * oneself, tanggal to today). The owner, their atasan or SKP penilai and the admin of their
 * instansi get it; for anyone else the pegawai does not exist.
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 303, headers: { Location: "/masuk" } });
  const url = new URL(request.url).searchParams;
  const jenis = parseEnumParam(url.get("jenis") ?? undefined, JENIS_REKAP);
  const format = parseEnumParam(url.get("format") ?? "pdf", ["pdf", "xlsx"] as const);
  const tanggalParam = url.get("tanggal");
  const tanggal = tanggalParam ? parseIsoDate(tanggalParam) : hariIniDi(actor.zonaWaktu, new Date());
  if (!jenis || !format || !tanggal || tanggal.getUTCFullYear() < 2000 || tanggal.getUTCFullYear() > 2100) {
    return teks(400, "Pilih jenis rekap (mingguan atau bulanan), tanggal (YYYY-MM-DD) dan format (pdf atau xlsx).");
  }
  const pegawaiParam = url.get("pegawaiId");
  const pegawaiId = pegawaiParam ? parseUuidParam(pegawaiParam) : actor.id;
  if (!pegawaiId) return teks(404, "Pegawai tidak ditemukan.");

  const rekap = await loadRekap(actor, { pegawaiId, jenis, tanggal: toIsoDate(tanggal) });
  if (!rekap) return teks(404, "Pegawai tidak ditemukan.");

  const file = format === "pdf" ? await renderRekapPdf(rekap, hariIniDi(actor.zonaWaktu, new Date())) : await renderRekapXlsx(rekap);
  const nama = `Rekap-${jenis === "mingguan" ? "Mingguan" : "Bulanan"}-${rekap.pegawai.nip}-${rekap.awal}.${format}`;
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": format === "pdf" ? "application/pdf" : XLSX,
      "Content-Disposition": `attachment; filename="${nama}"`,
      "Content-Length": String(file.length),
      "Cache-Control": "private, no-store",
    },
  });
}

function teks(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
