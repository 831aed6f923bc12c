import "server-only";
import { labelAksi, labelEntitas } from "@/lib/domain/audit-aksi";
import { ringkasAudit } from "@/lib/domain/audit-ringkasan";
import { awalHariDi, type LogAuditFilter } from "@/lib/domain/log-audit-filter";
import { normalizeNip } from "@/lib/domain/nip";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { assertAdminOf } from "./admin-scope";
import { namaLengkap } from "./pegawai";

export const LOG_AUDIT_PAGE_SIZE = 25;

export type LogAuditRow = {
  id: string;
  waktu: Date;
  /** Null for scripts and jobs, or a sign-in attempt with an unknown NIP. */
  aktor: { nama: string; nip: string } | null;
  aksi: string;
  aksiLabel: string;
  entitas: string;
  entitasId: string | null;
  alamat: string | null;
  ringkasan: string[];
};

export type LogAuditList = { rows: LogAuditRow[]; total: number; page: number; pageCount: number };

type RawRow = {
  id: string;
  createdAt: Date;
  aksi: string;
  entitas: string;
  entitasId: string | null;
  alamat: string | null;
  data: unknown;
  aktorId: string | null;
  nama: string | null;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string | null;
};

/**
 * The admin's Log Audit: rows of their own instansi only (scope in the where-clause, from the
 * actor), newest first, 25 a page. Two statements whatever the size: a count, then the page,
 * both on the (instansiId, createdAt) index; the actor's name comes by a join, because
 * AuditLog has no foreign key to Pegawai.
 */
export async function listLogAudit(actor: Actor, filter: LogAuditFilter): Promise<LogAuditList> {
  assertAdminOf(actor, actor.instansiId);
  const where = Prisma.join(conditions(actor, filter), " AND ");

  const [{ total }] = await db.$queryRaw<[{ total: number }]>`
    SELECT count(*)::int AS total
    FROM "AuditLog" a LEFT JOIN "Pegawai" p ON p.id = a."aktorId"
    WHERE ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / LOG_AUDIT_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  if (total === 0) return { rows: [], total, page, pageCount };

  const rows = await db.$queryRaw<RawRow[]>`
    SELECT a.id, a."createdAt", a.aksi, a.entitas, a."entitasId", a.alamat, a.data, a."aktorId",
           p.nama, p."gelarDepan", p."gelarBelakang", p.nip
    FROM "AuditLog" a LEFT JOIN "Pegawai" p ON p.id = a."aktorId"
    WHERE ${where}
    ORDER BY a."createdAt" DESC, a.id DESC
    LIMIT ${LOG_AUDIT_PAGE_SIZE} OFFSET ${(page - 1) * LOG_AUDIT_PAGE_SIZE}`;

  return { rows: rows.map(toRow), total, page, pageCount };
}

function conditions(actor: Actor, filter: LogAuditFilter): Prisma.Sql[] {
  const where = [Prisma.sql`a."instansiId" = ${actor.instansiId}::uuid`];
  if (filter.q) {
    const literal = escapeLike(filter.q);
    const cocok = [Prisma.sql`p.nama ILIKE ${`%${literal}%`}`, Prisma.sql`a."entitasId" ILIKE ${`${literal}%`}`];
    const digits = normalizeNip(filter.q);
    if (/^\d+$/.test(digits)) cocok.push(Prisma.sql`p.nip LIKE ${`%${digits}%`}`);
    where.push(Prisma.sql`(${Prisma.join(cocok, " OR ")})`);
  }
  if (filter.aksi) where.push(Prisma.sql`a.aksi = ${filter.aksi}`);
  // createdAt is a UTC timestamp without zone; the bounds are sent the same way.
  if (filter.dari) where.push(Prisma.sql`a."createdAt" >= ${utc(awalHariDi(actor.zonaWaktu, filter.dari))}::timestamp`);
  if (filter.sampai) where.push(Prisma.sql`a."createdAt" < ${utc(awalHariDi(actor.zonaWaktu, filter.sampai, 1))}::timestamp`);
  return where;
}

// What the admin types is searched as written: % and _ are not wildcards.
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function utc(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

function toRow(r: RawRow): LogAuditRow {
  return {
    id: r.id,
    waktu: r.createdAt,
    aktor: r.nip !== null && r.nama !== null ? { nama: namaLengkap({ nama: r.nama, gelarDepan: r.gelarDepan, gelarBelakang: r.gelarBelakang }), nip: r.nip } : null,
    aksi: r.aksi,
    aksiLabel: labelAksi(r.aksi),
    entitas: labelEntitas(r.entitas),
    entitasId: r.entitasId,
    alamat: r.alamat,
    ringkasan: ringkasAudit(r.data),
  };
}
