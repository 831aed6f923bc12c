import { describe, expect, it } from "vitest";
import { liburNasional } from "@/lib/domain/libur-nasional";

describe("liburNasional", () => {
  it("lists the 2026 national holidays of Indonesia, public ones only, named in Indonesian", () => {
    const libur = liburNasional(2026);
    expect(libur).toContainEqual({ tanggal: "2026-08-17", nama: "Hari Ulang Tahun Kemerdekaan Republik Indonesia" });
    expect(libur).toContainEqual({ tanggal: "2026-01-16", nama: "Isra Mikraj Nabi Muhammad SAW" });
    expect(libur).toContainEqual({ tanggal: "2026-03-20", nama: "Hari Raya Idul Fitri" });
    expect(libur.map((l) => l.tanggal)).toEqual([...libur.map((l) => l.tanggal)].sort());
    expect(libur.every((l) => l.tanggal.startsWith("2026-"))).toBe(true);
    expect(libur.length).toBeGreaterThanOrEqual(15);
  });

  it("keeps one row per date when two holidays fall on the same day", () => {
    const natal2027 = liburNasional(2027).filter((l) => l.tanggal === "2027-12-25");
    expect(natal2027).toEqual([{ tanggal: "2027-12-25", nama: "Isra Mikraj Nabi Muhammad SAW / Hari Raya Natal" }]);
  });
});
