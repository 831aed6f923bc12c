import { describe, expect, test } from "vitest";
import { progressRealisasi } from "@/lib/domain/pelaksanaan-progress";

describe("progressRealisasi", () => {
  test("counts indikator with a value or a narrative; sumber data alone or blanks do not count", () => {
    const realisasi = [
      { indikatorId: "i1", nilai: "3", narasi: null },
      { indikatorId: "i2", nilai: null, narasi: "Laporan selesai" },
      { indikatorId: "i3", nilai: null, narasi: "   " },
      { indikatorId: "lain", nilai: "1", narasi: null },
    ];
    expect(progressRealisasi(["i1", "i2", "i3", "i4"], realisasi)).toEqual({ terisi: 2, total: 4 });
  });

  test("an SKP without indikator has nothing to fill", () => {
    expect(progressRealisasi([], [])).toEqual({ terisi: 0, total: 0 });
  });
});
