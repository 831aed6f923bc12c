import { readText, type SiasnRecord } from "@/lib/domain/siasn/fields";
import type { KinerjaPeriodikPayload, Skp22Payload } from "@/lib/domain/siasn/kirim";

const KUNCI_PERIODIK = ["tahunMulaiPenilaian", "bulanMulaiPenilaian", "tahunSelesaiPenilaian", "bulanSelesaiPenilaian"] as const;

/**
 * After a send whose answer never came, the riwayat SIASN may have saved for it: the one of
 * the same pegawai covering the same months (kinerja periodik) or the same year (skp22). Its id
 * is adopted, so the retry updates it instead of adding a duplicate. SIASN's rw-* reads are not
 * documented field by field; these are the names its save takes, read case-insensitively, and
 * numbers may arrive as text. Several matches (a duplicate made before this rule) take the first.
 */
export function idRiwayatSama(jenis: "KINERJA_PERIODIK" | "SKP22", payload: KinerjaPeriodikPayload | Skp22Payload, riwayat: SiasnRecord[]): string | null {
  const kunci: readonly string[] = jenis === "KINERJA_PERIODIK" ? KUNCI_PERIODIK : ["tahun"];
  const dicari = payload as unknown as Record<string, unknown>;
  const sama = riwayat.find((r) => readText(r, "id") !== null && kunci.every((k) => Number(readText(r, k)) === Number(dicari[k])));
  return sama ? readText(sama, "id") : null;
}
