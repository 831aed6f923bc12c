import { describe, expect, it } from "vitest";
import { deriveAtasanPnsId, mapRefUnor, unorSubtree, type SiasnUnor } from "@/lib/domain/siasn/unor";

const unor = (id: string, parentId: string | null, pimpinanPnsId: string | null): SiasnUnor => ({
  id,
  instansiId: "INSTANSI",
  parentId,
  nama: `Unit ${id}`,
  namaJabatan: null,
  eselon: null,
  pimpinanPnsId,
  indukUnorId: null,
});

// badan (KEPALA) → bidang (KABID) → subbidang (KASUBBID); kosong is a subbidang without a head.
const TREE = [
  unor("BADAN", null, "KEPALA"),
  unor("BIDANG", "BADAN", "KABID"),
  unor("SUBBIDANG", "BIDANG", "KASUBBID"),
  unor("KOSONG", "BIDANG", null),
  unor("LAIN", null, "KEPALA-LAIN"),
];

describe("mapRefUnor", () => {
  it("reads SIASN's PascalCase row into a unit with its parent, eselon and head", () => {
    expect(
      mapRefUnor({
        Id: "A1",
        InstansiId: "I1",
        DiatasanId: "A0",
        EselonId: "32",
        NamaUnor: "Bidang Mutasi",
        NamaJabatan: "Kepala Bidang Mutasi",
        CepatKode: "X.1",
        IndukUnorId: "A0",
        PemimpinPnsId: "P1",
        JenisUnorId: "1",
      }),
    ).toEqual({ id: "A1", instansiId: "I1", parentId: "A0", nama: "Bidang Mutasi", namaJabatan: "Kepala Bidang Mutasi", eselon: 3, pimpinanPnsId: "P1", indukUnorId: "A0" });
  });

  it("skips rows that cannot be placed in the tree", () => {
    expect(mapRefUnor({ NamaUnor: "Tanpa id" })).toBeNull();
    expect(mapRefUnor({ Id: "A1", NamaUnor: "" })).toBeNull();
  });
});

describe("deriveAtasanPnsId", () => {
  it("is the head of the pegawai's own unit", () => {
    expect(deriveAtasanPnsId(TREE, { unorId: "SUBBIDANG", pnsId: "STAF" })).toBe("KASUBBID");
  });

  it("is the head of the unit above for the head themself", () => {
    expect(deriveAtasanPnsId(TREE, { unorId: "SUBBIDANG", pnsId: "KASUBBID" })).toBe("KABID");
    expect(deriveAtasanPnsId(TREE, { unorId: "BIDANG", pnsId: "KABID" })).toBe("KEPALA");
  });

  it("passes a vacant head up the tree", () => {
    expect(deriveAtasanPnsId(TREE, { unorId: "KOSONG", pnsId: "STAF" })).toBe("KABID");
  });

  it("is nobody for the head of the root unit or an unknown unit", () => {
    expect(deriveAtasanPnsId(TREE, { unorId: "BADAN", pnsId: "KEPALA" })).toBeNull();
    expect(deriveAtasanPnsId(TREE, { unorId: "TIDAK-ADA", pnsId: "STAF" })).toBeNull();
  });

  it("stops on a cycle in a damaged tree", () => {
    const cycle = [unor("A", "B", "X"), unor("B", "A", "X")];
    expect(deriveAtasanPnsId(cycle, { unorId: "A", pnsId: "X" })).toBeNull();
  });
});

describe("unorSubtree", () => {
  it("takes a root unit and everything below it, parents first", () => {
    expect(unorSubtree(TREE, "BADAN").map((u) => u.id)).toEqual(["BADAN", "BIDANG", "SUBBIDANG", "KOSONG"]);
    expect(unorSubtree(TREE, "BIDANG").map((u) => u.id)).toEqual(["BIDANG", "SUBBIDANG", "KOSONG"]);
    expect(unorSubtree(TREE, "TIDAK-ADA")).toEqual([]);
  });
});
