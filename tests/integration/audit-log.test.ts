import { beforeAll, describe, expect, test } from "vitest";
import { formatNip } from "@/lib/domain/nip";
import { parseLogAuditFilter } from "@/lib/domain/log-audit-filter";
import { getActor, type Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listLogAudit, LOG_AUDIT_PAGE_SIZE } from "@/lib/server/queries/audit-log";
import { actAs } from "./helpers/session";
import { buildSkpOrg, type SkpOrg } from "./skp-fixtures";

// The admin's Log Audit: their own instansi only, newest first, searchable.
let org: SkpOrg;
let admin: Actor;
const list = (params: Record<string, string> = {}) => listLogAudit(admin, parseLogAuditFilter(params));

beforeAll(async () => {
  org = await buildSkpOrg();
  const row = (aktorId: string | null, aksi: string, createdAt: string, over: Record<string, unknown> = {}) => ({
    instansiId: org.instansi.id,
    aktorId,
    aksi,
    entitas: "Rhk",
    entitasId: "11111111-2222-4333-8444-555555555555",
    alamat: "203.0.113.7",
    data: { teks: { lama: "A", baru: "B" } },
    createdAt: new Date(createdAt),
    ...over,
  });
  await db.auditLog.createMany({
    data: [
      row(org.staff.id, "UBAH_RHK", "2026-11-20T03:00:00Z"),
      // 00.30 WIB on 1 December: counts as 1 December.
      row(org.atasan.id, "SIMPAN_EKSPEKTASI", "2026-11-30T17:30:00Z", { entitas: "Skp", entitasId: "aaaa0000-0000-4000-8000-000000000001" }),
      row(org.admin.id, "UBAH_UNIT", "2026-12-01T05:00:00Z", { entitas: "UnitKerja", entitasId: "50%_diskon" }),
      row(null, "SINKRON_SIASN", "2026-12-01T06:00:00Z", { entitas: "Pegawai", alamat: null, data: null }),
      // Another instansi's rows, even with an actor of ours, never show.
      row(org.adminLain.id, "UBAH_UNIT", "2026-12-01T07:00:00Z", { instansiId: org.adminLain.instansiId }),
      row(org.staff.id, "UBAH_RHK", "2026-12-01T08:00:00Z", { instansiId: org.adminLain.instansiId }),
    ],
  });
  await actAs(org.admin.id);
  admin = (await getActor())!;
});

describe("listLogAudit", () => {
  test("only the admin's instansi, newest first, with actor, label, address and summary", async () => {
    const result = await list();
    expect(result.total).toBe(4);
    expect(result.rows.map((r) => r.aksi)).toEqual(["SINKRON_SIASN", "UBAH_UNIT", "SIMPAN_EKSPEKTASI", "UBAH_RHK"]);
    expect(result.rows[3]).toMatchObject({
      aktor: { nama: "Staff Uji", nip: org.staff.nip },
      aksiLabel: "Mengubah RHK",
      entitas: "RHK",
      alamat: "203.0.113.7",
      ringkasan: ['Teks: "A" → "B"'],
    });
    expect(result.rows[0]).toMatchObject({ aktor: null, alamat: null, ringkasan: [] });
  });

  test("the admin of another instansi sees only theirs", async () => {
    await actAs(org.adminLain.id);
    const lain = (await getActor())!;
    const result = await listLogAudit(lain, parseLogAuditFilter({}));
    expect(result.rows.map((r) => r.aksi).sort()).toEqual(["UBAH_RHK", "UBAH_UNIT"]);
    expect(result.rows.every((r) => r.alamat === "203.0.113.7")).toBe(true);
  });

  test("a non-admin is refused", async () => {
    await actAs(org.staff.id);
    const staff = (await getActor())!;
    await expect(listLogAudit(staff, parseLogAuditFilter({}))).rejects.toThrow("hanya untuk admin instansi");
  });

  test("free text finds the actor by name or NIP (grouped too) and the entitas by id; % and _ are literal", async () => {
    expect((await list({ q: "atasan" })).rows.map((r) => r.aksi)).toEqual(["SIMPAN_EKSPEKTASI"]);
    expect((await list({ q: formatNip(org.staff.nip) })).rows.map((r) => r.aksi)).toEqual(["UBAH_RHK"]);
    expect((await list({ q: "aaaa0000" })).rows.map((r) => r.aksi)).toEqual(["SIMPAN_EKSPEKTASI"]);
    expect((await list({ q: "50%_" })).rows.map((r) => r.aksi)).toEqual(["UBAH_UNIT"]);
    expect((await list({ q: "5%" })).total).toBe(0);
    expect((await list({ q: "_" })).total).toBe(0);
    expect((await list({ q: "Staff\u0000" })).rows.map((r) => r.aksi)).toEqual(["UBAH_RHK"]);
  });

  test("aksi and a WIB date range filter; bad values are ignored", async () => {
    expect((await list({ aksi: "UBAH_UNIT" })).rows.map((r) => r.aksi)).toEqual(["UBAH_UNIT"]);
    expect((await list({ aksi: "'; DROP TABLE" })).total).toBe(4);
    expect((await list({ dari: "2026-12-01" })).rows.map((r) => r.aksi)).toEqual(["SINKRON_SIASN", "UBAH_UNIT", "SIMPAN_EKSPEKTASI"]);
    expect((await list({ sampai: "2026-11-30" })).rows.map((r) => r.aksi)).toEqual(["UBAH_RHK"]);
    expect((await list({ dari: "2026-11-20", sampai: "2026-11-20", aksi: "UBAH_RHK" })).total).toBe(1);
    expect((await list({ dari: "2026-02-30", sampai: "2026-13-01" })).total).toBe(4);
  });

  test("pages of 25; a page past the end or a silly number clamps to a real page", async () => {
    await db.auditLog.createMany({
      data: Array.from({ length: LOG_AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
        instansiId: org.instansi.id,
        aktorId: org.staff.id,
        aksi: "SIMPAN_REALISASI",
        entitas: "Realisasi",
        entitasId: `r-${i}`,
        createdAt: new Date(Date.UTC(2026, 9, 1, 0, i)),
      })),
    });
    const first = await list({ aksi: "SIMPAN_REALISASI" });
    expect(first).toMatchObject({ total: 28, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.entitasId).toBe("r-27");
    for (const page of ["2", "999", "1e20", "Infinity", "99999999999999999999"]) {
      const result = await list({ aksi: "SIMPAN_REALISASI", page });
      expect(result.page).toBe(page === "2" || page === "999" ? 2 : 1);
      expect(result.rows.length).toBeGreaterThan(0);
    }
    expect((await list({ aksi: "SIMPAN_REALISASI", page: "2" })).rows.map((r) => r.entitasId)).toEqual(["r-2", "r-1", "r-0"]);
  });
});
