import { formatTanggal, fromIsoDate, toIsoDate } from "./tanggal";

/** Indonesia's three time zones. None observes daylight saving, so each is a fixed offset. */
export const ZONA_WAKTU = ["WIB", "WITA", "WIT"] as const;
export type ZonaWaktu = (typeof ZONA_WAKTU)[number];

const OFFSET_JAM: Record<ZonaWaktu, number> = { WIB: 7, WITA: 8, WIT: 9 };

export const LABEL_ZONA_WAKTU: Record<ZonaWaktu, string> = {
  WIB: "WIB (UTC+7) — Sumatra, Jawa, Kalimantan Barat dan Tengah",
  WITA: "WITA (UTC+8) — Bali, Nusa Tenggara, Kalimantan Selatan, Timur dan Utara, Sulawesi",
  WIT: "WIT (UTC+9) — Maluku dan Papua",
};

/** The wall clock of the zone, as a Date whose UTC parts read as local time. */
function jamDinding(zona: ZonaWaktu, now: Date): Date {
  return new Date(now.getTime() + OFFSET_JAM[zona] * 60 * 60 * 1000);
}

/**
 * Today's calendar date in the zone (UTC midnight, as Postgres `date` columns are read).
 * A deadline "10 April" holds until midnight in the instansi's own zone.
 */
export function hariIniDi(zona: ZonaWaktu, now: Date): Date {
  return fromIsoDate(toIsoDate(jamDinding(zona, now)));
}

/** The local hour (0–23) and day of the week (0 = Minggu) in the zone. */
export function jamDi(zona: ZonaWaktu, now: Date): { jam: number; menit: number; hariDalamMinggu: number } {
  const lokal = jamDinding(zona, now);
  return { jam: lokal.getUTCHours(), menit: lokal.getUTCMinutes(), hariDalamMinggu: lokal.getUTCDay() };
}

/** The moment a local wall-clock time happens: `momenLokal("WITA", 2026-12-01, 7)` is 23.00 UTC the day before. */
export function momenLokal(zona: ZonaWaktu, tanggal: Date, jam = 0, menit = 0): Date {
  return new Date(tanggal.getTime() + ((jam - OFFSET_JAM[zona]) * 60 + menit) * 60 * 1000);
}

/** `31 Desember 2026`: the calendar day a moment fell on in the zone (a UTC date may be a day behind). */
export function formatTanggalDi(zona: ZonaWaktu, moment: Date): string {
  return formatTanggal(jamDinding(zona, moment));
}

/** `31 Desember 2026 14.05 WITA`. */
export function formatWaktuDi(zona: ZonaWaktu, moment: Date): string {
  const lokal = jamDinding(zona, moment);
  const hh = String(lokal.getUTCHours()).padStart(2, "0");
  const mm = String(lokal.getUTCMinutes()).padStart(2, "0");
  return `${formatTanggal(lokal)} ${hh}.${mm} ${zona}`;
}

/** Whole calendar days from `hariIni` to `batas` (both calendar dates); negative once past. */
export function selisihHari(hariIni: Date, batas: Date): number {
  return Math.round((fromIsoDate(toIsoDate(batas)).getTime() - fromIsoDate(toIsoDate(hariIni)).getTime()) / 86_400_000);
}

/** "hari ini", "besok", "3 hari lagi", "lewat 2 hari". */
export function labelHariLagi(hariIni: Date, batas: Date): string {
  const n = selisihHari(hariIni, batas);
  if (n === 0) return "hari ini";
  if (n === 1) return "besok";
  if (n > 1) return `${n} hari lagi`;
  return `lewat ${-n} hari`;
}
