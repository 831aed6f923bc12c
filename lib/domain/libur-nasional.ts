import Holidays from "date-holidays";

export type LiburNasional = { tanggal: string; nama: string };

// date-holidays (3.x) names the 27 Rajab holiday "Maulid Nabi Muhammad" in Indonesian, which is
// the 12 Rabiul Awal one; the SKB calls it Isra Mikraj, and 1 January Tahun Baru Masehi.
const NAMA_PER_ATURAN: Record<string, string> = { "27 Rajab": "Isra Mikraj Nabi Muhammad SAW", "01-01": "Tahun Baru Masehi" };

/**
 * The national public holidays of Indonesia in a year, computed offline by date-holidays (the
 * Islamic and lunar dates included), one per date: two holidays on one day share a row.
 * Observances and optional days are left out; cuti bersama come from the yearly SKB, not here.
 */
export function liburNasional(tahun: number): LiburNasional[] {
  const perTanggal = new Map<string, string[]>();
  for (const h of new Holidays("ID").getHolidays(tahun, "id")) {
    if (h.type !== "public") continue;
    const tanggal = h.date.slice(0, 10);
    const nama = NAMA_PER_ATURAN[h.rule] ?? h.name;
    const ada = perTanggal.get(tanggal) ?? [];
    if (!ada.includes(nama)) ada.push(nama);
    perTanggal.set(tanggal, ada);
  }
  return [...perTanggal.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([tanggal, nama]) => ({ tanggal, nama: nama.join(" / ") }));
}
