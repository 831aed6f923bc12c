import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * For `tx.model.delete({ where, select })`: one DELETE … RETURNING gives the audit log the
 * removed row, and a row outside the where-scope (guessed or already gone) becomes the user's
 * "tidak ditemukan" instead of Prisma's P2025. The transaction stays usable: P2025 is raised by
 * Prisma after an empty RETURNING, not by PostgreSQL.
 */
export function notFoundAs(message: string): (error: unknown) => never {
  return (error) => {
    if ((error as { code?: unknown } | null)?.code === "P2025") throw new NotFoundError(message);
    throw error;
  };
}

/**
 * A number as the database keeps it ("12.5", never "12.50" or a Decimal object), so that an
 * unchanged target or realisasi does not show up in an audit diff.
 */
export function angkaTersimpan(value: Prisma.Decimal | string | null): string | null {
  return value === null ? null : new Prisma.Decimal(value).toString();
}
