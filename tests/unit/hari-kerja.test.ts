import { describe, expect, it } from "vitest";
import {
  awalMinggu,
  formatDurasi,
  formatJam,
  hariDalamMinggu,
  hariWajibIsi,
  isHariKerja,
  jamBertumpuk,
  parseJam,
  rentangTanggal,
  statusHari,
  tambahHari,
} from "@/lib/domain/hari-kerja";

const libur = new Set(["2026-12-25"]);

describe("hari kerja", () => {
  it("numbers weekdays from Senin = 1 to Minggu = 7", () => {
    expect(hariDalamMinggu("2026-11-30")).toBe(1);
    expect(hariDalamMinggu("2026-12-05")).toBe(6);
    expect(hariDalamMinggu("2026-12-06")).toBe(7);
  });

  it("counts Saturday only in a six-day week and never a holiday or Sunday", () => {
    expect(isHariKerja("2026-12-05", { hariKerjaPerMinggu: 5, libur })).toBe(false);
    expect(isHariKerja("2026-12-05", { hariKerjaPerMinggu: 6, libur })).toBe(true);
    expect(isHariKerja("2026-12-06", { hariKerjaPerMinggu: 6, libur })).toBe(false);
    expect(isHariKerja("2026-12-25", { hariKerjaPerMinggu: 5, libur })).toBe(false);
    expect(isHariKerja("2026-12-24", { hariKerjaPerMinggu: 5, libur })).toBe(true);
  });

  it("leaves holidays, weekends and days marked away out of the days to fill", () => {
    const keterangan = new Map([["2026-12-22", "CUTI" as const]]);
    expect(hariWajibIsi("2026-12-21", "2026-12-27", { hariKerjaPerMinggu: 5, libur, keterangan })).toEqual([
      "2026-12-21",
      "2026-12-23",
      "2026-12-24",
    ]);
  });

  it("walks ranges across month and year ends", () => {
    expect(rentangTanggal("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(rentangTanggal("2026-12-02", "2026-12-01")).toEqual([]);
    expect(tambahHari("2026-02-28", 1)).toBe("2026-03-01");
    expect(awalMinggu("2026-12-06")).toBe("2026-11-30");
    expect(awalMinggu("2026-11-30")).toBe("2026-11-30");
  });

  it("shows a day as filled, partly filled or empty against the daily target", () => {
    const kalender = { hariKerjaPerMinggu: 5, libur, keterangan: new Map([["2026-12-22", "SAKIT" as const]]) };
    expect(statusHari("2026-12-21", kalender, 450, 450)).toBe("PENUH");
    expect(statusHari("2026-12-21", kalender, 120, 450)).toBe("SEBAGIAN");
    expect(statusHari("2026-12-21", kalender, 0, 450)).toBe("KOSONG");
    expect(statusHari("2026-12-22", kalender, 0, 450)).toBe("KETERANGAN");
    expect(statusHari("2026-12-25", kalender, 0, 450)).toBe("LIBUR");
    expect(statusHari("2026-12-26", kalender, 0, 450)).toBe("BUKAN_HARI_KERJA");
  });

  it("lets activities touch but not overlap", () => {
    expect(jamBertumpuk({ jamMulai: 480, jamSelesai: 600 }, { jamMulai: 600, jamSelesai: 660 })).toBe(false);
    expect(jamBertumpuk({ jamMulai: 480, jamSelesai: 600 }, { jamMulai: 599, jamSelesai: 660 })).toBe(true);
    expect(jamBertumpuk({ jamMulai: 480, jamSelesai: 600 }, { jamMulai: 500, jamSelesai: 550 })).toBe(true);
    expect(jamBertumpuk({ jamMulai: 500, jamSelesai: 550 }, { jamMulai: 480, jamSelesai: 600 })).toBe(true);
  });

  it("reads and writes times and durations the Indonesian way", () => {
    expect(parseJam("08:30")).toBe(510);
    expect(parseJam("08.30")).toBe(510);
    expect(parseJam("24:00")).toBeNull();
    expect(parseJam("8:30")).toBeNull();
    expect(parseJam("07:60")).toBeNull();
    expect(formatJam(510)).toBe("08.30");
    expect(formatDurasi(450)).toBe("7 jam 30 menit");
    expect(formatDurasi(45)).toBe("45 menit");
    expect(formatDurasi(0)).toBe("0 jam");
    expect(formatDurasi(120)).toBe("2 jam");
  });
});
