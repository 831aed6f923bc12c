import { describe, expect, it } from "vitest";
import { BERAKHLAK } from "@/lib/domain/berakhlak";
import { LABEL_CORE_VALUE } from "@/lib/domain/labels";
import { CoreValue } from "@/lib/generated/prisma/enums";

describe("BERAKHLAK", () => {
  it("lists the 7 core values in the BerAKHLAK order", () => {
    expect(BERAKHLAK.map((v) => v.nama)).toEqual([
      "Berorientasi Pelayanan",
      "Akuntabel",
      "Kompeten",
      "Harmonis",
      "Loyal",
      "Adaptif",
      "Kolaboratif",
    ]);
    expect(BERAKHLAK.map((v) => v.coreValue)).toEqual(Object.values(CoreValue));
  });

  it("has exactly 3 non-empty, distinct panduan perilaku per value (7 × 3)", () => {
    const panduan = BERAKHLAK.flatMap((v) => v.panduan);
    expect(panduan).toHaveLength(21);
    expect(new Set(panduan).size).toBe(21);
    for (const p of panduan) expect(p.trim()).toBe(p);
  });

  it("uses the official wording", () => {
    expect(BERAKHLAK[0]!.panduan[0]).toBe("Memahami dan memenuhi kebutuhan masyarakat");
    expect(BERAKHLAK[4]!.panduan[0]).toBe(
      "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
    );
    expect(BERAKHLAK[6]!.panduan[2]).toBe("Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama");
  });

  it("names each value like the label map", () => {
    for (const v of BERAKHLAK) expect(v.nama).toBe(LABEL_CORE_VALUE[v.coreValue]);
  });
});
