import "server-only";
import type { JenisKirimSiasn } from "@/lib/generated/prisma/enums";
import { pesanKirimSiasn, SiasnError, type SiasnErrorKind } from "@/lib/domain/siasn/errors";
import type { PayloadSiasn, KinerjaPeriodikPayload } from "@/lib/domain/siasn/kirim";
import { idRiwayatSama } from "@/lib/domain/siasn/kirim-cocok";
import { createSiasnClient, type SiasnConfig } from "@/lib/server/siasn/client";
import type { Tx } from "@/lib/server/db";

export const PESAN_ANGKA_KREDIT_TAK_PASTI =
  "SIASN tidak menjawab saat angka kredit ini dikirim, jadi mungkin sudah tersimpan di sana. SIASN tidak menyediakan daftar riwayat angka kredit untuk diperiksa, jadi pengiriman tidak diulang otomatis. Periksa riwayat angka kredit pegawai di SIASN; tekan \"Coba lagi\" hanya bila belum ada.";

export type Cocok = { ok: true; siasnId: string | null } | { ok: false; pesan: string; sebab: SiasnErrorKind | null };

/**
 * Which riwayat the next post writes. A row that holds SIASN's id updates it. One without an id
 * whose earlier post got no answer (`tidakPasti`) may already be on SIASN: the pegawai's rw-*
 * list is read first and a riwayat of the same period is adopted, so the retry updates it
 * instead of adding a duplicate. Angka kredit has no documented read, so after such a post it
 * is sent again only when the admin asked after the last unanswered post (`diperiksaSejak`):
 * the row's message tells them to check SIASN first.
 */
export async function tujuanKirim(
  tx: Tx,
  config: SiasnConfig,
  row: { id: string; jenis: JenisKirimSiasn; siasnId: string | null; nip: string },
  payload: PayloadSiasn,
  diperiksaSejak: Date | null,
): Promise<Cocok> {
  if (row.siasnId) return { ok: true, siasnId: row.siasnId };
  const takPasti = await tx.kirimSiasnPercobaan.findFirst({ where: { kirimId: row.id, tidakPasti: true }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (!takPasti) return { ok: true, siasnId: null };
  if (row.jenis === "ANGKA_KREDIT") {
    const diizinkan = diperiksaSejak !== null && takPasti.createdAt < diperiksaSejak;
    return diizinkan ? { ok: true, siasnId: null } : { ok: false, pesan: PESAN_ANGKA_KREDIT_TAK_PASTI, sebab: null };
  }
  try {
    const riwayat = await createSiasnClient(config).getRiwayatTerkirim(row.jenis, row.nip);
    return { ok: true, siasnId: idRiwayatSama(row.jenis, payload as KinerjaPeriodikPayload, riwayat) };
  } catch (error) {
    if (!(error instanceof SiasnError)) throw error;
    return { ok: false, pesan: pesanKirimSiasn(error), sebab: error.kind };
  }
}

/** A post that failed this way may still have been saved by SIASN: no answer, or one we could not read. */
export function mungkinTersimpan(sebab: SiasnErrorKind | null): boolean {
  return sebab === "unavailable" || sebab === "malformed";
}
