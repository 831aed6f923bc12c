import { describe, expect, it } from "vitest";
import { periodeKosongPertama } from "@/lib/domain/skp-periode";

const p = (awal: string, akhir: string) => ({ periodeAwal: new Date(`${awal}T00:00:00Z`), periodeAkhir: new Date(`${akhir}T00:00:00Z`) });

describe("the new SKP's default dates", () => {
  it("are the whole year being created when it has no SKP, whatever other years hold", () => {
    expect(periodeKosongPertama(2026, [p("2027-01-01", "2027-12-31")])).toEqual({ periodeAwal: "2026-01-01", periodeAkhir: "2026-12-31" });
    expect(periodeKosongPertama(2027, [p("2026-01-01", "2026-12-31")])).toEqual({ periodeAwal: "2027-01-01", periodeAkhir: "2027-12-31" });
  });

  it("start the day after an earlier SKP of the same year ends (a mutasi)", () => {
    expect(periodeKosongPertama(2026, [p("2026-01-01", "2026-06-30")])).toEqual({ periodeAwal: "2026-07-01", periodeAkhir: "2026-12-31" });
  });

  it("fill the gap before a later SKP", () => {
    expect(periodeKosongPertama(2026, [p("2026-04-01", "2026-12-31")])).toEqual({ periodeAwal: "2026-01-01", periodeAkhir: "2026-03-31" });
  });

  it("are none once the year's SKP covers it", () => {
    expect(periodeKosongPertama(2026, [p("2026-01-01", "2026-12-31")])).toBeNull();
    expect(periodeKosongPertama(2024, [p("2024-01-01", "2024-02-28"), p("2024-02-29", "2024-12-31")])).toBeNull();
  });
});
