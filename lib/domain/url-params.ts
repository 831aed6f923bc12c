import { parseIsoDate } from "./tanggal";

/**
 * What a page may take from its URL. Anyone can type a URL, so every value from params or
 * searchParams passes through here before it reaches a query: a bad id becomes "none" (the page
 * answers 404 or ignores it), a bad page number clamps, and nothing arrives at PostgreSQL that it
 * would reject (a malformed uuid, an integer past its range, a NUL byte) with an HTTP 500.
 */

export type UrlParam = string | string[] | undefined;

/** Far beyond any list here; keeps OFFSET and Prisma's `skip` inside a 32-bit integer. */
export const MAX_PAGE = 10_000;

// Any 8-4-4-4-12 hex string, as PostgreSQL's uuid type accepts it (like zod's z.guid()).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longer than a name or NIP anyone searches for; a pasted novel is cut, not sent to ILIKE. */
const MAX_SEARCH_LENGTH = 100;

/** The first value of a repeated search param (`?page=2&page=3` → "2"). */
export function firstParam(value: UrlParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A 1-based page number: anything not a positive integer is page 1, anything huge the last we allow. */
export function parsePage(value: UrlParam): number {
  const text = firstParam(value)?.trim() ?? "";
  if (!/^\d{1,15}$/.test(text)) return 1;
  return Math.min(MAX_PAGE, Math.max(1, Number(text)));
}

/** The id when it is uuid-shaped, lower-cased; otherwise undefined. */
export function parseUuidParam(value: UrlParam): string | undefined {
  const text = firstParam(value);
  return text !== undefined && UUID.test(text) ? text.toLowerCase() : undefined;
}

/** A year between 1900 and 2999; anything else is "no year chosen". */
export function parseTahunParam(value: UrlParam): number | undefined {
  const text = firstParam(value)?.trim() ?? "";
  if (!/^\d{4}$/.test(text)) return undefined;
  const tahun = Number(text);
  return tahun >= 1900 && tahun <= 2999 ? tahun : undefined;
}

/** One of the allowed values, or undefined. */
export function parseEnumParam<T extends string>(value: UrlParam, allowed: readonly T[]): T | undefined {
  const text = firstParam(value);
  return allowed.find((option) => option === text);
}

/**
 * Free search text: control characters (PostgreSQL refuses NUL in text) become spaces,
 * surrounding space goes, and the length is capped.
 */
export function parseSearchParam(value: UrlParam): string {
  return (firstParam(value) ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, MAX_SEARCH_LENGTH);
}

/** A calendar date `YYYY-MM-DD` that exists, between 1900 and 2100; anything else is undefined. */
export function parseTanggalParam(value: UrlParam): string | undefined {
  const text = firstParam(value)?.trim() ?? "";
  const date = parseIsoDate(text);
  return date && date.getUTCFullYear() >= 1900 && date.getUTCFullYear() <= 2100 ? text : undefined;
}
