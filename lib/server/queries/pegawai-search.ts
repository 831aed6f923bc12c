import "server-only";
import { normalizeNip } from "@/lib/domain/nip";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one "nama or NIP contains" filter behind every pegawai search (admin list, person picker,
 * Ajukan perubahan atasan). Prisma's `contains` becomes LIKE/ILIKE with the text pasted between
 * two `%` as it is, so a `%` or `_` typed by the user would be a wildcard ("%" finds everyone):
 * they are escaped with PostgreSQL's default LIKE escape, the backslash.
 */
export function pegawaiSearchWhere(q: string): Prisma.PegawaiWhereInput {
  // PostgreSQL refuses NUL in text; no name or NIP holds a control character anyway.
  const text = q.replace(/[\u0000-\u001f\u007f]/g, " ").trim();
  if (!text) return {};
  const digits = normalizeNip(text);
  if (/^\d+$/.test(digits)) return { nip: { contains: digits } };
  return { nama: { contains: escapeLike(text), mode: "insensitive" } };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
