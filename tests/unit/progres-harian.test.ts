import { describe, expect, test } from "vitest";
import { alasanJamBertumpuk, gabungEntriHari, hariKerjaSebelumnya, indikatorBawaan, persenTerisi, pilihPeriodeHarian, pilihUntukDisalin, totalMenit } from "@/lib/domain/progres-harian";

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("pilihPeriodeHarian", () => {
  const tw4 = { jenis: "TRIWULAN" as const, awal: d("2026-10-01"), akhir: d("2026-12-31") };
  const des = { jenis: "BULANAN" as const, awal: d("2026-12-01"), akhir: d("2026-12-31") };
  const tahunan = { jenis: "TAHUNAN" as const, awal: d("2026-01-01"), akhir: d("2026-12-31") };
  test("prefers the month, then the triwulan, over the year; none when nothing holds the day", () => {
    expect(pilihPeriodeHarian([tahunan, tw4, des], "2026-12-01")).toBe(des);
    expect(pilihPeriodeHarian([tahunan, tw4], "2026-12-31")).toBe(tw4);
    expect(pilihPeriodeHarian([tahunan], "2026-06-15")).toBe(tahunan);
    expect(pilihPeriodeHarian([tw4, des], "2026-09-30")).toBeNull();
  });
});

describe("alasanJamBertumpuk", () => {
  const ada = [{ id: "a", jamMulai: 480, jamSelesai: 570, kegiatan: "Rapat pagi" }];
  test("names the entry it clashes with; touching times and the entry itself are fine", () => {
    expect(alasanJamBertumpuk({ jamMulai: 540, jamSelesai: 600 }, ada)).toBe('Jam ini bertumpuk dengan kegiatan 08.00–09.30 "Rapat pagi" pada hari yang sama.');
    expect(alasanJamBertumpuk({ jamMulai: 570, jamSelesai: 600 }, ada)).toBeNull();
    expect(alasanJamBertumpuk({ jamMulai: 540, jamSelesai: 600 }, ada, "a")).toBeNull();
  });
});

describe("hariKerjaSebelumnya", () => {
  const pola = { hariKerjaPerMinggu: 5, libur: new Set(["2026-11-27"]) };
  test("skips the weekend and holidays; Saturday counts in a six-day week", () => {
    expect(hariKerjaSebelumnya("2026-12-01", pola)).toBe("2026-11-30");
    expect(hariKerjaSebelumnya("2026-11-30", pola)).toBe("2026-11-26");
    expect(hariKerjaSebelumnya("2026-11-30", { hariKerjaPerMinggu: 6, libur: new Set() })).toBe("2026-11-28");
  });
});

describe("pilihUntukDisalin and totalMenit", () => {
  test("skips entries whose time is taken, also by an earlier copied one", () => {
    const sumber = [
      { jamMulai: 600, jamSelesai: 660, kegiatan: "B" },
      { jamMulai: 480, jamSelesai: 540, kegiatan: "A" },
      { jamMulai: 630, jamSelesai: 700, kegiatan: "C" },
    ];
    const { salin, dilewati } = pilihUntukDisalin(sumber, [{ jamMulai: 500, jamSelesai: 520 }]);
    expect(salin.map((e) => e.kegiatan)).toEqual(["B"]);
    expect(dilewati).toBe(2);
    expect(totalMenit(sumber)).toBe(60 + 60 + 70);
  });
});

describe("parseTanggalParam", () => {
  test("a real date passes; a made-up day, another shape or a far year is none", async () => {
    const { parseTanggalParam } = await import("@/lib/domain/url-params");
    expect(parseTanggalParam("2026-12-01")).toBe("2026-12-01");
    expect(parseTanggalParam(["2026-02-28", "x"])).toBe("2026-02-28");
    for (const bad of ["2026-02-30", "01-12-2026", "9999-01-01", "", undefined, "2026-12-01\u0000"]) expect(parseTanggalParam(bad)).toBeUndefined();
  });
});

describe("indikatorBawaan", () => {
  test("counts an entry towards the RHK's Kuantitas indikator, else its first, else none", () => {
    expect(indikatorBawaan([{ id: "a", aspek: "KUALITAS" }, { id: "b", aspek: "KUANTITAS" }])).toBe("b");
    expect(indikatorBawaan([{ id: "a", aspek: "WAKTU" }, { id: "b", aspek: null }])).toBe("a");
    expect(indikatorBawaan([])).toBeNull();
  });
});

describe("persenTerisi", () => {
  test("rounds down so 100 % means every required day is filled; nothing required gives null", () => {
    expect(persenTerisi(1234, 1470)).toBe(83);
    expect(persenTerisi(1469, 1470)).toBe(99);
    expect(persenTerisi(3, 3)).toBe(100);
    expect(persenTerisi(0, 0)).toBeNull();
  });
});

describe("gabungEntriHari", () => {
  const pagi = { id: "a", tanggal: "2026-12-01", jamMulai: 480, versi: 1 };
  const siang = { id: "b", tanggal: "2026-12-01", jamMulai: 780, versi: 1 };
  test("a new entry joins the day in time order; an edit replaces its old copy", () => {
    const sela = { id: "c", tanggal: "2026-12-01", jamMulai: 600, versi: 1 };
    expect(gabungEntriHari([pagi, siang], sela, "2026-12-01").map((e) => e.id)).toEqual(["a", "c", "b"]);
    expect(gabungEntriHari([pagi, siang], { ...pagi, jamMulai: 900, versi: 2 }, "2026-12-01")).toEqual([siang, { ...pagi, jamMulai: 900, versi: 2 }]);
  });
  test("an entry moved to another date leaves the day; one saved for another date never joins it", () => {
    expect(gabungEntriHari([pagi, siang], { ...pagi, tanggal: "2026-11-30" }, "2026-12-01")).toEqual([siang]);
    expect(gabungEntriHari([siang], { ...pagi, id: "d", tanggal: "2026-11-30" }, "2026-12-01")).toEqual([siang]);
  });
});
