import type { Predikat, Rating } from "@/lib/generated/prisma/enums";

// Rows: Rating Hasil Kerja; columns: Rating Perilaku Kerja (PermenPANRB 6/2022).
// Behaviour below expectations outweighs results: Di Atas hasil with Di Bawah perilaku is
// Kurang/Misconduct, not Baik.
const MATRIKS: Record<Rating, Record<Rating, Predikat>> = {
  DI_ATAS_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: "KURANG",
    SESUAI_EKSPEKTASI: "BAIK",
    DI_ATAS_EKSPEKTASI: "SANGAT_BAIK",
  },
  SESUAI_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: "KURANG",
    SESUAI_EKSPEKTASI: "BAIK",
    DI_ATAS_EKSPEKTASI: "BAIK",
  },
  DI_BAWAH_EKSPEKTASI: {
    DI_BAWAH_EKSPEKTASI: "SANGAT_KURANG",
    SESUAI_EKSPEKTASI: "BUTUH_PERBAIKAN",
    DI_ATAS_EKSPEKTASI: "BUTUH_PERBAIKAN",
  },
};

export function predikatKinerja(ratingHasil: Rating, ratingPerilaku: Rating): Predikat {
  return MATRIKS[ratingHasil][ratingPerilaku];
}
