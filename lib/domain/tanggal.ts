export const NAMA_BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const;

/**
 * `31 Desember 2026`. Dates are calendar dates (Postgres `date`, read as UTC midnight),
 * so the UTC parts are the right ones whatever the server's time zone.
 */
export function formatTanggal(date: Date): string {
  return `${date.getUTCDate()} ${NAMA_BULAN[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A calendar date as `YYYY-MM-DD`, the value of an <input type="date">. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → a Date at UTC midnight, matching how Postgres `date` columns are read. */
export function fromIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/**
 * `YYYY-MM-DD` → a Date at UTC midnight, or null when that day does not exist: `new Date`
 * reads `2026-02-30` as 2 March and `2026-13-01` as an invalid Date, so the value must also
 * read back unchanged.
 */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = fromIsoDate(value);
  return Number.isNaN(date.getTime()) || toIsoDate(date) !== value ? null : date;
}
