/**
 * Reading SIASN records. Its casing is mixed (`jenisJabatanId`, `kelas_jabatan`, `NamaUnor`),
 * and the same field has changed casing between versions, so fields are looked up by name with
 * case and underscores ignored. Values arrive as strings, numbers or null; empty strings and
 * "-" both mean "nothing recorded".
 */
export type SiasnRecord = Record<string, unknown>;

export function isSiasnRecord(value: unknown): value is SiasnRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The raw value of `name` in `record`, whatever its casing: `jenisJabatanId`, `jenis_jabatan_id`, `JenisJabatanId`. */
export function readField(record: SiasnRecord, name: string): unknown {
  if (name in record) return record[name];
  const wanted = foldKey(name);
  for (const key of Object.keys(record)) {
    if (foldKey(key) === wanted) return record[key];
  }
  return undefined;
}

/** Trimmed text with inner runs of whitespace collapsed, or null when nothing is recorded. */
export function readText(record: SiasnRecord, name: string): string | null {
  const value = readField(record, name);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" || text === "-" ? null : text;
}

/** The first of several fields that holds text. */
export function readFirstText(record: SiasnRecord, names: string[]): string | null {
  for (const name of names) {
    const text = readText(record, name);
    if (text !== null) return text;
  }
  return null;
}

/**
 * A SIASN date: `dd-mm-yyyy` (also with `/`), or ISO `yyyy-mm-dd` which a few endpoints use.
 * Returns a Date at UTC midnight, the way Postgres `date` columns are read, or null.
 */
export function parseTanggalSiasn(value: string | null | undefined): Date | null {
  if (!value) return null;
  const text = value.trim();
  const dmy = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  if (dmy) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  if (ymd) return calendarDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

/** The inverse of `parseTanggalSiasn`: `05-01-2020`. The fake server writes dates this way. */
export function formatTanggalSiasn(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}-${mm}-${date.getUTCFullYear()}`;
}

function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

function foldKey(key: string): string {
  return key.replace(/_/g, "").toLowerCase();
}
