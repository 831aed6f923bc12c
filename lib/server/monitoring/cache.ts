import "server-only";

/** How long monitoring counts are shared. Short: an admin acting on them sees fresh numbers soon. */
const UMUR_MS = 15_000;
const MAKS = 500;

const simpanan = new Map<string, { sampai: number; nilai: Promise<unknown> }>();

/**
 * Counts at the top of a large instansi cover every pegawai and take a few hundred ms of
 * database time; many admins (or one refreshing) asking at once would queue on it. Requests for
 * the same key share one computation for UMUR_MS, and a failed one is not kept.
 */
export function ingat<T>(kunci: string, hitung: () => Promise<T>): Promise<T> {
  const sekarang = Date.now();
  const ada = simpanan.get(kunci);
  if (ada && ada.sampai > sekarang) return ada.nilai as Promise<T>;
  const nilai = hitung();
  simpanan.set(kunci, { sampai: sekarang + UMUR_MS, nilai });
  nilai.catch(() => simpanan.delete(kunci));
  if (simpanan.size > MAKS) {
    for (const [k, v] of simpanan) if (v.sampai <= sekarang || simpanan.size > MAKS) simpanan.delete(k);
  }
  return nilai;
}
