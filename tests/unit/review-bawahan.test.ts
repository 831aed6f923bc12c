import { describe, expect, it } from "vitest";
import { bandingkanBawahan, halaman, pilihTahun, type StatusBawahan } from "@/lib/domain/review-bawahan";

describe("pilihTahun", () => {
  const today = new Date("2026-11-27T10:00:00Z");

  it("opens the requested year when the instansi has it", () => {
    expect(pilihTahun([2026, 2025], 2025, today)).toBe(2025);
  });

  it("falls back to this year, then to the newest year, then to none", () => {
    expect(pilihTahun([2026, 2025], 2019, today)).toBe(2026);
    expect(pilihTahun([2025, 2024], undefined, today)).toBe(2025);
    expect(pilihTahun([], undefined, today)).toBeNull();
  });
});

describe("bandingkanBawahan", () => {
  it("puts SKP waiting for approval first, then returned ones, drafts, approved, and bawahan without an SKP, by name", () => {
    const rows: { status: StatusBawahan; nama: string }[] = [
      { status: "BELUM", nama: "Ani" },
      { status: "PERSETUJUAN", nama: "Budi" },
      { status: "DRAFT", nama: "Cici" },
      { status: "DIKEMBALIKAN", nama: "Eka" },
      { status: "PENGAJUAN", nama: "Dodi" },
      { status: "PENGAJUAN", nama: "Ahmad" },
    ];
    expect([...rows].sort(bandingkanBawahan).map((r) => r.nama)).toEqual(["Ahmad", "Dodi", "Eka", "Cici", "Budi", "Ani"]);
  });
});

describe("halaman", () => {
  const items = Array.from({ length: 30 }, (_, i) => i + 1);

  it("cuts pages of the given size and reports the total", () => {
    expect(halaman(items, 2, 25)).toEqual({ items: [26, 27, 28, 29, 30], page: 2, pageCount: 2, total: 30 });
  });

  it("shows the last page for a page past the end and the first for nonsense", () => {
    expect(halaman(items, 9, 25).page).toBe(2);
    expect(halaman(items, Number.NaN, 25).page).toBe(1);
    expect(halaman([], 1, 25)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});
