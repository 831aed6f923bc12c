import { describe, expect, test } from "vitest";
import { alasanPengisianDitutup, isStatusTerbuka, statusPengisian } from "@/lib/domain/pelaksanaan-pengisian";
import { fromIsoDate } from "@/lib/domain/tanggal";

const triwulanI = { awal: fromIsoDate("2026-01-01"), batasPengisian: fromIsoDate("2026-04-10") };
const hari = fromIsoDate;
const draft = (hingga: string | null = null) => ({ status: "DRAFT" as const, pengisianDibukaHingga: hingga ? hari(hingga) : null });

describe("statusPengisian", () => {
  test("open from the first day of the periode through the batas pengisian, inclusive", () => {
    expect(statusPengisian(triwulanI, hari("2026-01-01"), null).kind).toBe("terbuka");
    expect(statusPengisian(triwulanI, hari("2026-04-10"), draft()).kind).toBe("terbuka");
    expect(statusPengisian(triwulanI, hari("2026-04-11"), draft()).kind).toBe("ditutup");
    expect(statusPengisian(triwulanI, hari("2025-12-31"), null).kind).toBe("belum-dimulai");
  });

  test("an admin reopening keeps it open through the new date, then it closes again", () => {
    expect(statusPengisian(triwulanI, hari("2026-11-27"), draft("2026-12-05"))).toEqual({ kind: "dibuka-kembali", hingga: hari("2026-12-05") });
    expect(statusPengisian(triwulanI, hari("2026-12-06"), draft("2026-12-05")).kind).toBe("ditutup");
  });

  test("a final penilaian is closed whatever the dates", () => {
    expect(statusPengisian(triwulanI, hari("2026-02-01"), { status: "FINAL", pengisianDibukaHingga: null }).kind).toBe("final");
  });
});

describe("alasanPengisianDitutup", () => {
  test("names the batas pengisian and who can reopen", () => {
    const status = statusPengisian(triwulanI, hari("2026-11-27"), draft());
    expect(isStatusTerbuka(status)).toBe(false);
    expect(alasanPengisianDitutup(status, "Triwulan I")).toBe(
      "Batas pengisian Triwulan I sudah lewat (10 April 2026). Bila Anda masih perlu mengisi, minta admin instansi membuka kembali pengisian untuk Anda.",
    );
  });

  test("nothing to explain while entry is open", () => {
    const status = statusPengisian(triwulanI, hari("2026-03-01"), draft());
    expect(isStatusTerbuka(status)).toBe(true);
    expect(alasanPengisianDitutup(status, "Triwulan I")).toBeNull();
  });

  test("tells a pegawai who is early when entry starts, and that a final penilaian is locked", () => {
    expect(alasanPengisianDitutup(statusPengisian(triwulanI, hari("2025-12-01"), null), "Triwulan I")).toBe(
      "Pengisian Triwulan I baru dibuka mulai 1 Januari 2026.",
    );
    expect(alasanPengisianDitutup({ kind: "final" }, "Triwulan I")).toContain("sudah difinalkan atasan Anda");
  });
});
