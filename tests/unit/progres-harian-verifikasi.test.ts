import { describe, expect, test } from "vitest";
import { pakaiProgresHarian } from "@/lib/domain/progres-harian-rollup";
import { hariMinggu, keadaanHari, namaHari, parseMingguParam, pesanKonfirmasiMassal } from "@/lib/domain/progres-harian-verifikasi";

const kalender = { hariKerjaPerMinggu: 5, libur: new Set(["2026-12-25"]), keterangan: new Map([["2026-12-22", "CUTI" as const]]) };

describe("the atasan's week", () => {
  test("a URL's week is the Monday of the date it names; anything else is this week", () => {
    expect(parseMingguParam("2026-12-24", "2026-12-01")).toBe("2026-12-21");
    expect(parseMingguParam(["2026-12-21", "x"], "2026-12-01")).toBe("2026-12-21");
    for (const bad of [undefined, "", "2026-02-30", "kemarin", "0001-01-01", "9999-12-31"]) expect(parseMingguParam(bad, "2026-12-03")).toBe("2026-11-30");
  });

  test("five or six working days from Monday, named in Indonesian", () => {
    expect(hariMinggu("2026-12-21", 5)).toEqual(["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25"]);
    expect(hariMinggu("2026-12-21", 6)).toHaveLength(6);
    expect(hariMinggu("2026-12-21", 6).map(namaHari)).toEqual(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]);
  });

  test("an empty past working day is belum isi; a holiday, a day away or a day to come is not", () => {
    const hariIni = "2026-12-24";
    expect(keadaanHari("2026-12-21", 0, kalender, hariIni)).toBe("BELUM_ISI");
    expect(keadaanHari("2026-12-24", 0, kalender, hariIni)).toBe("BELUM_ISI");
    expect(keadaanHari("2026-12-21", 30, kalender, hariIni)).toBe("TERISI");
    expect(keadaanHari("2026-12-22", 0, kalender, hariIni)).toBe("KETERANGAN");
    expect(keadaanHari("2026-12-25", 0, kalender, "2026-12-31")).toBe("LIBUR");
    expect(keadaanHari("2026-12-28", 0, kalender, hariIni)).toBe("AKAN_DATANG");
  });

  test("a bulk decision states its consequence", () => {
    expect(pesanKonfirmasiMassal(12, "SESUAI")).toBe("12 kegiatan akan ditandai Sesuai.");
    expect(pesanKonfirmasiMassal(1, "PERLU_PERBAIKAN")).toBe("1 kegiatan akan ditandai Perlu perbaikan.");
  });
});

describe("pakai sebagai realisasi", () => {
  test("fills an empty realisasi, keeps the saved uraian and sumber data, and asks before replacing", () => {
    expect(pakaiProgresHarian(null, 14)).toEqual({ keadaan: "BARU", isian: { nilai: "14", narasi: "", sumberData: "Progres Harian" } });
    expect(pakaiProgresHarian({ nilai: "14.00", narasi: "Lengkap", sumberData: "SIMPEG" }, 14).keadaan).toBe("SAMA");
    expect(pakaiProgresHarian({ nilai: "9", narasi: "Lengkap", sumberData: "SIMPEG" }, 14)).toEqual({ keadaan: "GANTI", isian: { nilai: "14", narasi: "Lengkap", sumberData: "SIMPEG" } });
    expect(pakaiProgresHarian({ nilai: null, narasi: "Uraian saja", sumberData: "" }, 3)).toEqual({ keadaan: "BARU", isian: { nilai: "3", narasi: "Uraian saja", sumberData: "Progres Harian" } });
  });
});
