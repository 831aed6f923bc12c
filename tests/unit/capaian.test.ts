import { describe, expect, it } from "vitest";
import { capaianPersen } from "@/lib/domain/capaian";

describe("capaianPersen: single target", () => {
  it("divides realisasi by target", () => {
    expect(capaianPersen(8, { min: 10, max: null })).toBe(80);
    expect(capaianPersen(12, { min: 10, max: 10 })).toBe(120);
    expect(capaianPersen(5, { min: null, max: 4 })).toBe(125);
  });

  it("rounds to 2 decimals", () => {
    expect(capaianPersen(2, { min: 3, max: null })).toBe(66.67);
    expect(capaianPersen(1, { min: 3, max: null })).toBe(33.33);
  });

  it("rounds exactly where floats would drift", () => {
    // 24.69 / 200 × 100 = 12.345 exactly; as floats it is 12.344999…
    expect(capaianPersen("24.69", { min: "200", max: null })).toBe(12.35);
    expect(capaianPersen(1.005, { min: 1, max: null })).toBe(100.5);
  });

  it("accepts Decimal strings", () => {
    expect(capaianPersen("7.50", { min: "10.00", max: "10.00" })).toBe(75);
  });
});

describe("capaianPersen: range target", () => {
  const range = { min: 80, max: 100 };

  it("measures below the range against the minimum", () => {
    expect(capaianPersen(60, range)).toBe(75);
    expect(capaianPersen(79.99, range)).toBe(99.99);
  });

  it("gives 100% anywhere in the range, bounds included", () => {
    expect(capaianPersen(80, range)).toBe(100);
    expect(capaianPersen(90, range)).toBe(100);
    expect(capaianPersen(100, range)).toBe(100);
  });

  it("measures above the range against the maximum", () => {
    expect(capaianPersen(110, range)).toBe(110);
    expect(capaianPersen(100.01, range)).toBe(100.01);
  });

  it("reads a reversed range in order", () => {
    expect(capaianPersen(60, { min: 100, max: 80 })).toBe(75);
  });
});

describe("capaianPersen: not computable", () => {
  it("returns null without realisasi", () => {
    expect(capaianPersen(null, { min: 10, max: null })).toBeNull();
  });

  it("returns null without a numeric target (kualitatif)", () => {
    expect(capaianPersen(5, { min: null, max: null })).toBeNull();
  });

  it("returns null for a zero target", () => {
    expect(capaianPersen(5, { min: 0, max: null })).toBeNull();
    expect(capaianPersen(5, { min: "0.00", max: "0.00" })).toBeNull();
  });

  it("still computes a zero realisasi", () => {
    expect(capaianPersen(0, { min: 10, max: null })).toBe(0);
  });
});

describe("capaianPersen: waktu and biaya, where lower is better", () => {
  it("counts finishing a 12-month target in 10 months as ahead of target", () => {
    expect(capaianPersen(10, { min: 12, max: null, aspek: "WAKTU" })).toBe(120);
    expect(capaianPersen(12, { min: 12, max: null, aspek: "WAKTU" })).toBe(100);
    expect(capaianPersen(15, { min: 12, max: null, aspek: "WAKTU" })).toBe(80);
  });

  it("counts spending under budget as above target", () => {
    expect(capaianPersen(80, { min: 100, max: null, aspek: "BIAYA" })).toBe(125);
  });

  it("keeps kuantitas and kualitas higher-is-better", () => {
    expect(capaianPersen(10, { min: 12, max: null, aspek: "KUANTITAS" })).toBe(83.33);
    expect(capaianPersen(90, { min: 100, max: null, aspek: "KUALITAS" })).toBe(90);
  });

  it("measures a missed waktu range against the nearer bound", () => {
    expect(capaianPersen(15, { min: 10, max: 12, aspek: "WAKTU" })).toBe(80);
    expect(capaianPersen(11, { min: 10, max: 12, aspek: "WAKTU" })).toBe(100);
    expect(capaianPersen(8, { min: 10, max: 12, aspek: "WAKTU" })).toBe(125);
  });

  it("cannot compute a waktu capaian from zero realisasi", () => {
    expect(capaianPersen(0, { min: 12, max: null, aspek: "WAKTU" })).toBeNull();
  });
});
