import { describe, expect, it } from "vitest";
import { BATAS_UNDUHAN, menitSampaiBolehUnduh } from "@/lib/domain/unduh-data";

const now = new Date("2026-12-01T10:00:00Z");
const menitLalu = (m: number) => new Date(now.getTime() - m * 60_000);

describe("menitSampaiBolehUnduh", () => {
  it("lets a person download while they are under the limit in the window", () => {
    expect(menitSampaiBolehUnduh([], now)).toBe(0);
    expect(menitSampaiBolehUnduh([1, 2, 3, 4].map(menitLalu), now)).toBe(0);
  });

  it("refuses the next one once the limit is reached, for as long as the oldest stays in the window", () => {
    expect(BATAS_UNDUHAN).toEqual({ jumlah: 5, menit: 10 });
    expect(menitSampaiBolehUnduh([1, 2, 3, 4, 7].map(menitLalu), now)).toBe(3);
    expect(menitSampaiBolehUnduh([0, 0, 0, 0, 0].map(menitLalu), now)).toBe(10);
    // Never "0 menit" while refused: a part minute counts as one.
    expect(menitSampaiBolehUnduh([1, 2, 3, 4, 9.9].map(menitLalu), now)).toBe(1);
  });

  it("forgets downloads older than the window", () => {
    expect(menitSampaiBolehUnduh([1, 2, 3, 4, 10, 11, 30].map(menitLalu), now)).toBe(0);
  });
});
