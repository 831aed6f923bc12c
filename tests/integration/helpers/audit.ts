import { expect } from "vitest";
import { db } from "@/lib/server/db";

/**
 * Runs one change and returns the audit rows it wrote (by id, so rows of earlier steps never
 * count). `expectOneAudit` is the usual check: exactly one row, then its fields.
 */
export async function auditRowsOf<T>(change: () => Promise<T>) {
  const before = new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => r.id));
  const result = await change();
  const rows = (await db.auditLog.findMany({ orderBy: { createdAt: "asc" } })).filter((r) => !before.has(r.id));
  return { result, rows };
}

export async function expectOneAudit<T>(change: () => Promise<T>) {
  const { result, rows } = await auditRowsOf(change);
  expect(result).toMatchObject({ ok: true });
  expect(rows).toHaveLength(1);
  return { result, row: rows[0]! };
}

export async function expectNoAudit<T>(change: () => Promise<T>) {
  const { result, rows } = await auditRowsOf(change);
  expect(result).toMatchObject({ ok: false });
  expect(rows).toHaveLength(0);
  return result;
}
