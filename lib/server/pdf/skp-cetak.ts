import "server-only";
import { hariIniDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { SkpDetail } from "@/lib/server/queries/skp";
import { renderSkpPdf } from "./skp-pdf";

/** "Cetak SKP" and the SKP in "Unduh data saya": one PDF, dated the same way. */
export function cetakSkpPdf(skp: SkpDetail, zona: ZonaWaktu): Promise<Buffer> {
  // An approved SKP is dated the day it was agreed; anything else is a KONSEP, left undated.
  const disetujui = skp.status === "PERSETUJUAN" ? skp.riwayat.find((r) => r.ke === "PERSETUJUAN") : undefined;
  return renderSkpPdf(skp, {
    instansi: skp.instansi.nama,
    lokasi: skp.instansi.lokasi,
    disetujui: skp.status === "PERSETUJUAN" ? hariIniDi(zona, disetujui?.createdAt ?? new Date()) : null,
  });
}

/** `SKP-<nip>-2026.pdf` */
export function namaFileSkp(skp: SkpDetail): string {
  return `SKP-${skp.snapshot.pegawai?.nip ?? skp.pegawaiNip}-${skp.tahun}.pdf`;
}
