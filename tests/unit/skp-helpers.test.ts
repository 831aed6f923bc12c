import { describe, expect, test } from "vitest";
import { explainNoAtasanRhk } from "@/lib/domain/skp-intervensi";
import { formatPeriodeSkp, masalahPeriodeBaru } from "@/lib/domain/skp-periode";
import { planSalinRhk } from "@/lib/domain/skp-salin";
import { formatPangkatGolongan, namaDenganGelar, readSkpSnapshot } from "@/lib/domain/skp-snapshot";
import { formatTarget, parseAngka } from "@/lib/domain/skp-target";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("target", () => {
  test.each([
    ["12", "12"],
    ["12,5", "12.5"],
    ["12.5", "12.5"],
    ["1.000", "1000"],
    ["1.000,25", "1000.25"],
    ["007", "7"],
    ["", null],
    ["banyak", null],
    ["1,234", null],
    ["-3", null],
  ])("parseAngka(%j) → %j", (input, expected) => {
    expect(parseAngka(input)).toBe(expected);
  });

  test("formats single, range and narrative targets the way the form prints them", () => {
    expect(formatTarget({ targetMin: "2", targetMax: null, satuan: "Dokumen", targetNarasi: null })).toBe("2 Dokumen");
    expect(formatTarget({ targetMin: "80", targetMax: "100", satuan: "%", targetNarasi: null })).toBe("80–100 %");
    expect(formatTarget({ targetMin: "12.5", targetMax: null, satuan: "Bulan", targetNarasi: null })).toBe("12,5 Bulan");
    expect(formatTarget({ targetMin: null, targetMax: null, satuan: null, targetNarasi: "Laporan diterima pimpinan" })).toBe("Laporan diterima pimpinan");
  });
});

describe("periode SKP", () => {
  const tahunPenuh = { periodeAwal: d("2026-01-01"), periodeAkhir: d("2026-12-31") };
  test("formats as on the list", () => {
    expect(formatPeriodeSkp(tahunPenuh)).toBe("1 Januari 2026 – 31 Desember 2026");
  });
  test("an overlapping period is refused naming the existing SKP; adjacent periods are fine", () => {
    const semesterI = { periodeAwal: d("2026-01-01"), periodeAkhir: d("2026-06-30") };
    expect(masalahPeriodeBaru({ periodeAwal: d("2026-06-30"), periodeAkhir: d("2026-12-31") }, [semesterI])).toContain(
      "1 Januari 2026 – 30 Juni 2026",
    );
    expect(masalahPeriodeBaru({ periodeAwal: d("2026-07-01"), periodeAkhir: d("2026-12-31") }, [semesterI])).toBeNull();
  });
});

describe("salin RHK", () => {
  const sumber = [
    { id: "a", jenis: "UTAMA" as const, teks: "Masih di-cascade", parentRhkId: "atasan-2026" },
    { id: "b", jenis: "UTAMA" as const, teks: "Dari RHK atasan tahun lalu", parentRhkId: "atasan-2025" },
    { id: "c", jenis: "TAMBAHAN" as const, teks: "Tambahan tanpa intervensi", parentRhkId: null },
  ];
  test("keeps intervensi only to this year's atasan RHK and lists Utama RHK that need a new one", () => {
    const { salinan, perluIntervensiBaru } = planSalinRhk(sumber, new Set(["atasan-2026"]), "STANDAR");
    expect(salinan.map((r) => r.parentRhkId)).toEqual(["atasan-2026", null, null]);
    expect(perluIntervensiBaru).toEqual(["Dari RHK atasan tahun lalu"]);
  });
  test("JPT has no intervensi to keep or ask for", () => {
    const { salinan, perluIntervensiBaru } = planSalinRhk(sumber, new Set(["atasan-2026"]), "JPT");
    expect(salinan.every((r) => r.parentRhkId === null)).toBe(true);
    expect(perluIntervensiBaru).toEqual([]);
  });
});

describe("snapshot", () => {
  test("names carry gelar; pangkat and golongan print together", () => {
    expect(namaDenganGelar({ gelarDepan: "Dr.", nama: "Siti Aminah", gelarBelakang: "S.E., M.M." })).toBe("Dr. Siti Aminah, S.E., M.M.");
    expect(namaDenganGelar({ nama: "Ahmad" })).toBe("Ahmad");
    expect(formatPangkatGolongan({ pangkat: "Penata Muda", golongan: "III/a" })).toBe("Penata Muda (III/a)");
    expect(formatPangkatGolongan({ pangkat: null, golongan: "IX" })).toBe("IX");
  });
  test("a broken or empty JSON still reads, with missing people as null", () => {
    expect(readSkpSnapshot({})).toEqual({ diambilPada: "", pegawai: null, penilai: null, atasanPenilai: null });
    expect(readSkpSnapshot({ pegawai: { nama: "A", nip: "1" } }).pegawai).toMatchObject({ nama: "A", jabatan: "-", unit: null });
  });
});

describe("why there is no atasan RHK", () => {
  test("each cause names who must act", () => {
    expect(explainNoAtasanRhk({ atasan: null, tahun: 2026, jumlahSkp: 0, adminNama: ["Rina"] }).alasan).toContain("admin instansi (Rina)");
    const atasan = { id: "1", nama: "Yudi" };
    expect(explainNoAtasanRhk({ atasan, tahun: 2026, jumlahSkp: 0, adminNama: null }).alasan).toContain("Yudi (atasan Anda) belum membuat SKP tahun 2026");
    expect(explainNoAtasanRhk({ atasan, tahun: 2026, jumlahSkp: 1, adminNama: null }).alasan).toContain("belum memiliki RHK");
  });
});

describe("indikator schema", async () => {
  const { indikatorFieldsSchema } = await import("@/lib/schemas/indikator");
  const base = { layout: "KUALITATIF" as const, aspek: "" as const, perspektif: "" as const, teks: "Kepuasan pimpinan", rentang: false, targetMin: "", targetMax: "", satuan: "", targetNarasi: "" };
  test("kualitatif asks for the narrative only; JPT asks for perspektif", () => {
    const kual = indikatorFieldsSchema.safeParse(base);
    expect(kual.success).toBe(false);
    expect(kual.error?.issues.map((i) => i.path[0])).toEqual(["targetNarasi"]);
    const jpt = indikatorFieldsSchema.safeParse({ ...base, layout: "JPT", targetMin: "1", satuan: "Dokumen" });
    expect(jpt.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["perspektif", "Pilih perspektif."]]);
  });
});
