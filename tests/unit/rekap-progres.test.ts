import { describe, expect, it } from "vitest";
import { canViewRekap, kelompokkanPerHari, rentangRekap } from "@/lib/domain/rekap-progres";

describe("rentangRekap", () => {
  it("takes Senin to Minggu for the week and the calendar month for the month", () => {
    expect(rentangRekap("mingguan", "2026-12-03")).toEqual({ awal: "2026-11-30", akhir: "2026-12-06", judul: "Rekap Mingguan 30 November 2026 – 6 Desember 2026" });
    expect(rentangRekap("bulanan", "2026-02-14")).toEqual({ awal: "2026-02-01", akhir: "2026-02-28", judul: "Rekap Bulanan Februari 2026" });
  });
});

describe("canViewRekap", () => {
  const pemilik = { pegawaiId: "p", instansiId: "i", atasanId: "a", penilaiIds: ["n"] };
  it("lets the owner, the atasan, the SKP penilai and the instansi's admin in, and nobody else", () => {
    expect(canViewRekap({ id: "p", instansiId: "i", isAdmin: false }, pemilik)).toBe(true);
    expect(canViewRekap({ id: "a", instansiId: "i", isAdmin: false }, pemilik)).toBe(true);
    expect(canViewRekap({ id: "n", instansiId: "i", isAdmin: false }, pemilik)).toBe(true);
    expect(canViewRekap({ id: "x", instansiId: "i", isAdmin: true }, pemilik)).toBe(true);
    expect(canViewRekap({ id: "x", instansiId: "i", isAdmin: false }, pemilik)).toBe(false);
    expect(canViewRekap({ id: "x", instansiId: "lain", isAdmin: true }, pemilik)).toBe(false);
    expect(canViewRekap({ id: "a", instansiId: "lain", isAdmin: false }, pemilik)).toBe(false);
  });
});

describe("kelompokkanPerHari", () => {
  it("lists every working day, holidays left out unless worked, entries by time and hours summed", () => {
    const entri = [
      { tanggal: "2026-12-01", jamMulai: 600, jamSelesai: 660, id: "b" },
      { tanggal: "2026-12-01", jamMulai: 480, jamSelesai: 570, id: "a" },
      { tanggal: "2026-12-05", jamMulai: 480, jamSelesai: 540, id: "c" },
    ];
    const { hari, totalMenit } = kelompokkanPerHari({ awal: "2026-11-30", akhir: "2026-12-06" }, { hariKerjaPerMinggu: 5, libur: new Set(["2026-12-02"]) }, entri);
    expect(hari.map((h) => [h.tanggal, h.namaHari, h.entri.map((e) => e.id), h.menit])).toEqual([
      ["2026-11-30", "Senin", [], 0],
      ["2026-12-01", "Selasa", ["a", "b"], 150],
      ["2026-12-03", "Kamis", [], 0],
      ["2026-12-04", "Jumat", [], 0],
      ["2026-12-05", "Sabtu", ["c"], 60],
    ]);
    expect(totalMenit).toBe(210);
  });
});
