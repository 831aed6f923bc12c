import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import {
  SKP_ACTIONS,
  availableSkpActions,
  isSkpActionAllowed,
  nextPenilaianStatus,
  nextSkpStatus,
  whoMaySkpAction,
  type PenilaianContext,
  type SkpAction,
} from "@/lib/domain/transitions";
import { StatusSkp, type StatusPenilaian } from "@/lib/generated/prisma/enums";

const ALLOWED: [StatusSkp, SkpAction, StatusSkp][] = [
  ["DRAFT", "ajukan", "PENGAJUAN"],
  ["PENGAJUAN", "setujui", "PERSETUJUAN"],
  ["PENGAJUAN", "kembalikan", "DRAFT"],
  ["PERSETUJUAN", "kembalikan", "DRAFT"],
];

const allPairs = Object.values(StatusSkp).flatMap((s) => SKP_ACTIONS.map((a) => [s, a] as const));
const DISALLOWED = allPairs.filter(([s, a]) => !ALLOWED.some(([fs, fa]) => fs === s && fa === a));

describe("nextSkpStatus", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, action, to) => {
    expect(nextSkpStatus(from, action, "Target kuantitas perlu diperbaiki")).toBe(to);
    expect(isSkpActionAllowed(from, action)).toBe(true);
  });

  it("covers all 9 status × action pairs", () => {
    expect(ALLOWED.length + DISALLOWED.length).toBe(9);
  });

  it.each(DISALLOWED)("refuses %s --%s-->", (from, action) => {
    expect(isSkpActionAllowed(from, action)).toBe(false);
    expect(() => nextSkpStatus(from, action, "catatan")).toThrow(DomainError);
  });

  it("explains a refusal with the status label", () => {
    expect(() => nextSkpStatus("PENGAJUAN", "ajukan")).toThrow("SKP berstatus Pengajuan tidak dapat diajukan.");
    expect(() => nextSkpStatus("DRAFT", "setujui")).toThrow("SKP berstatus Draft tidak dapat disetujui.");
    expect(() => nextSkpStatus("PERSETUJUAN", "setujui")).toThrow("SKP berstatus Persetujuan tidak dapat disetujui.");
    expect(() => nextSkpStatus("DRAFT", "kembalikan", "x")).toThrow(
      "SKP berstatus Draft tidak dapat dikembalikan ke Draft.",
    );
  });

  it.each(["PENGAJUAN", "PERSETUJUAN"] as const)("requires a catatan to return a %s SKP to Draft", (from) => {
    for (const catatan of [undefined, null, "", "   "]) {
      try {
        nextSkpStatus(from, "kembalikan", catatan);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toBe("catatan");
      }
    }
  });

  it("needs no catatan to submit or approve", () => {
    expect(nextSkpStatus("DRAFT", "ajukan")).toBe("PENGAJUAN");
    expect(nextSkpStatus("PENGAJUAN", "setujui")).toBe("PERSETUJUAN");
  });
});

describe("whoMaySkpAction / availableSkpActions", () => {
  it("gives ajukan to the owner and the rest to the penilai", () => {
    expect(whoMaySkpAction("ajukan")).toBe("pemilik");
    expect(whoMaySkpAction("setujui")).toBe("penilai");
    expect(whoMaySkpAction("kembalikan")).toBe("penilai");
  });

  it("lists the buttons each party sees per status", () => {
    expect(availableSkpActions("DRAFT", "pemilik")).toEqual(["ajukan"]);
    expect(availableSkpActions("DRAFT", "penilai")).toEqual([]);
    expect(availableSkpActions("PENGAJUAN", "pemilik")).toEqual([]);
    expect(availableSkpActions("PENGAJUAN", "penilai")).toEqual(["setujui", "kembalikan"]);
    expect(availableSkpActions("PERSETUJUAN", "pemilik")).toEqual([]);
    expect(availableSkpActions("PERSETUJUAN", "penilai")).toEqual(["kembalikan"]);
  });
});

describe("nextPenilaianStatus", () => {
  const rated: PenilaianContext = {
    ratingHasil: "SESUAI_EKSPEKTASI",
    ratingPerilaku: "DI_ATAS_EKSPEKTASI",
    periodeDitutup: false,
  };

  it("finalises a rated draft", () => {
    expect(nextPenilaianStatus("DRAFT", "finalkan", rated)).toBe("FINAL");
  });

  it("refuses to finalise without Rating Hasil Kerja", () => {
    expect(() => nextPenilaianStatus("DRAFT", "finalkan", { ...rated, ratingHasil: null })).toThrow(
      "Pilih Rating Hasil Kerja sebelum memfinalkan penilaian.",
    );
  });

  it("refuses to finalise without Rating Perilaku Kerja", () => {
    expect(() => nextPenilaianStatus("DRAFT", "finalkan", { ...rated, ratingPerilaku: null })).toThrow(
      "Pilih Rating Perilaku Kerja sebelum memfinalkan penilaian.",
    );
  });

  it("refuses to finalise what is already final", () => {
    expect(() => nextPenilaianStatus("FINAL", "finalkan", rated)).toThrow(
      "Penilaian berstatus Final tidak dapat difinalkan.",
    );
  });

  it("reopens a final penilaian while the periode is open", () => {
    expect(nextPenilaianStatus("FINAL", "bukaKembali", rated)).toBe("DRAFT");
  });

  it("refuses to reopen once the periode is closed", () => {
    expect(() => nextPenilaianStatus("FINAL", "bukaKembali", { ...rated, periodeDitutup: true })).toThrow(
      "Periode penilaian sudah ditutup; penilaian final tidak dapat dibuka kembali.",
    );
  });

  it("refuses to reopen a draft", () => {
    const from: StatusPenilaian = "DRAFT";
    expect(() => nextPenilaianStatus(from, "bukaKembali", rated)).toThrow(
      "Penilaian berstatus Draft tidak dapat dibuka kembali.",
    );
  });
});
