import { describe, expect, it } from "vitest";
import { predikatKinerja } from "@/lib/domain/predikat";
import type { Predikat, Rating } from "@/lib/generated/prisma/enums";

describe("predikatKinerja", () => {
  const cells: [Rating, Rating, Predikat][] = [
    ["DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "KURANG"],
    ["DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK"],
    ["DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK"],
    ["SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "KURANG"],
    ["SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK"],
    ["SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "BAIK"],
    ["DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG"],
    ["DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN"],
    ["DI_BAWAH_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "BUTUH_PERBAIKAN"],
  ];

  it.each(cells)("hasil %s, perilaku %s → %s", (hasil, perilaku, predikat) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(predikat);
  });

  it("lets poor behaviour outweigh excellent results", () => {
    expect(predikatKinerja("DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI")).toBe("KURANG");
  });
});
