import { describe, expect, it } from "vitest";
import { checkNip } from "@/lib/domain/nip";
import { slotTambah } from "@/scripts/lib/bench-progres";
import { planScale, progresWindow, rhkCount, scaleNip } from "@/scripts/lib/scale-plan";

describe("the scale data set's shape", () => {
  it("holds about 10 % structural heads in a 5-level tree, the rest staff", () => {
    const plan = planScale(50000);
    expect(plan.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.levels[0]?.count).toBe(1);
    expect(plan.units).toBe(5000);
    expect(plan.firstUnitStaff).toBe(40);
  });

  it("still makes a whole tree for the smallest size", () => {
    const plan = planScale(100);
    expect(plan.levels.every((l) => l.count >= 1)).toBe(true);
    expect(plan.pegawai - plan.units).toBeGreaterThan(0);
  });

  it("refuses sizes it cannot build", () => {
    expect(() => planScale(50)).toThrow("--pegawai");
    expect(() => planScale(1.5e3 + 0.5)).toThrow("--pegawai");
  });

  it("gives every pegawai a distinct, valid NIP that never meets the demo's sequences", () => {
    const sample = [0, 1, 9999, 10000, 49999, 123456, 2_399_999];
    const nips = sample.map(scaleNip);
    for (const nip of nips) {
      expect(checkNip(nip)).toEqual({ valid: true });
      expect(Number(nip.slice(15))).toBeGreaterThanOrEqual(500);
    }
    expect(new Set(nips).size).toBe(sample.length);
    const all = new Set(Array.from({ length: 50000 }, (_, n) => scaleNip(n)));
    expect(all.size).toBe(50000);
  });

  it("gives each SKP 3 to 8 RHK, with 8-RHK SKPs among the first staff", () => {
    const counts = Array.from({ length: 60 }, (_, n) => rhkCount(n));
    expect(Math.min(...counts)).toBe(3);
    expect(Math.max(...counts)).toBe(8);
  });
});

describe("the Progres Harian window of the scale data", () => {
  it("covers the three months up to yesterday, leaving today free", () => {
    expect(progresWindow("2026-12-01", 2026)).toEqual({ awal: "2026-09-01", akhir: "2026-11-30" });
  });

  it("never starts before the SKP year", () => {
    expect(progresWindow("2026-02-15", 2026)).toEqual({ awal: "2026-01-01", akhir: "2026-02-14" });
    const empty = progresWindow("2026-01-01", 2026);
    expect(empty.awal > empty.akhir).toBe(true);
  });
});

describe("the benchmark's new Progres Harian entries", () => {
  it("gives each pegawai valid, non-overlapping times across the whole day", () => {
    const perAdder = new Map<number, Array<[number, number]>>();
    const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    for (let i = 0; i < 64 * 144; i += 1) {
      const s = slotTambah(i, 64);
      const range: [number, number] = [minutes(s.jamMulai), minutes(s.jamSelesai)];
      expect(range[1]).toBeGreaterThan(range[0]);
      expect(range[1]).toBeLessThanOrEqual(23 * 60 + 59);
      const taken = perAdder.get(s.adder) ?? [];
      expect(taken.some(([a, b]) => range[0] < b && a < range[1])).toBe(false);
      perAdder.set(s.adder, [...taken, range]);
    }
    expect(perAdder.size).toBe(64);
  });

  it("refuses a slot past midnight instead of sending an invalid time", () => {
    expect(() => slotTambah(144, 1)).toThrow(/tengah malam/);
  });
});
