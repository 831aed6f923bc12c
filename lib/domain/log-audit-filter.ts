import { isAksi, type Aksi } from "./audit-aksi";
import { fromIsoDate } from "./tanggal";
import { parseTanggalParam } from "./url-params";
import { momenLokal, type ZonaWaktu } from "./zona-waktu";

/** The Log Audit filters as they come from the URL, made safe: nothing here can fail a query. */
export type LogAuditFilter = {
  /** Actor name, NIP (plain or grouped) or the start of an entitas id. */
  q: string;
  aksi: Aksi | "";
  /** Calendar days in the instansi's zone, `YYYY-MM-DD`, both inclusive; "" for open-ended. */
  dari: string;
  sampai: string;
  page: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

const HALAMAN_MAKS = 100_000;

export function parseLogAuditFilter(params: SearchParams): LogAuditFilter {
  const aksi = first(params.aksi);
  return {
    // NUL cannot be sent to PostgreSQL in a text parameter; control characters never match.
    q: first(params.q).replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 100),
    aksi: isAksi(aksi) ? aksi : "",
    dari: isoDateOrEmpty(first(params.dari)),
    sampai: isoDateOrEmpty(first(params.sampai)),
    page: parseHalaman(first(params.page)),
  };
}

/**
 * A page number from the URL: digits only, at least 1, at most HALAMAN_MAKS (the query clamps
 * it again to the last page). `1e20`, `Infinity`, `-3` or 20 digits all land on a real page.
 */
export function parseHalaman(raw: string): number {
  if (!/^\d{1,9}$/.test(raw.trim())) return 1;
  return Math.min(HALAMAN_MAKS, Math.max(1, Number(raw.trim())));
}

// `2026-02-30` or `2026-13-01` are not dates; they are ignored, not rolled over.
function isoDateOrEmpty(raw: string): string {
  return parseTanggalParam(raw) ?? "";
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The moment a calendar day starts in the zone (00.00 WIB is 17.00 UTC the day before, 00.00 WITA 16.00). */
export function awalHariDi(zona: ZonaWaktu, isoDate: string, tambahHari = 0): Date {
  return new Date(momenLokal(zona, fromIsoDate(isoDate)).getTime() + tambahHari * 86_400_000);
}
