import { describe, expect, it } from "vitest";
import {
  buildUnitTree,
  checkMoveUnit,
  descendantIds,
  flattenUnitTree,
  unitDepth,
  unitPath,
} from "@/lib/domain/unit-tree";

const units = [
  { id: "sb-mutasi", parentId: "mutasi", nama: "Subbidang Mutasi" },
  { id: "badan", parentId: null, nama: "Badan" },
  { id: "mutasi", parentId: "badan", nama: "Bidang Mutasi" },
  { id: "sekretariat", parentId: "badan", nama: "Sekretariat" },
  { id: "sb-promosi", parentId: "mutasi", nama: "Subbidang Promosi" },
];

describe("buildUnitTree", () => {
  it("nests units under their parent, children sorted by name", () => {
    const tree = buildUnitTree(units);
    expect(tree.map((n) => n.unit.id)).toEqual(["badan"]);
    expect(tree[0]?.children.map((n) => n.unit.id)).toEqual(["mutasi", "sekretariat"]);
    expect(tree[0]?.children[0]?.children.map((n) => [n.unit.id, n.depth])).toEqual([
      ["sb-mutasi", 2],
      ["sb-promosi", 2],
    ]);
  });

  it("shows a unit whose parent is not in the list as a root instead of dropping it", () => {
    const tree = buildUnitTree(units.filter((u) => u.id !== "mutasi"));
    expect(tree.map((n) => n.unit.id).sort()).toEqual(["badan", "sb-mutasi", "sb-promosi"]);
  });

  it("flattens depth-first for an indented select", () => {
    expect(flattenUnitTree(buildUnitTree(units)).map((r) => `${r.depth}:${r.unit.id}`)).toEqual([
      "0:badan",
      "1:mutasi",
      "2:sb-mutasi",
      "2:sb-promosi",
      "1:sekretariat",
    ]);
  });
});

describe("unitPath and unitDepth", () => {
  it("walks from the root down to the unit", () => {
    expect(unitPath(units, "sb-promosi").map((u) => u.id)).toEqual(["badan", "mutasi", "sb-promosi"]);
    expect(unitDepth(units, "sb-promosi")).toBe(2);
    expect(unitDepth(units, "badan")).toBe(0);
    expect(unitDepth(units, "tidak-ada")).toBe(-1);
  });

  it("stops on a broken tree that loops", () => {
    const loop = [
      { id: "a", parentId: "b", nama: "A" },
      { id: "b", parentId: "a", nama: "B" },
    ];
    expect(unitPath(loop, "a").map((u) => u.id)).toEqual(["b", "a"]);
  });
});

describe("checkMoveUnit", () => {
  it("allows a move to another branch or to the top", () => {
    expect(checkMoveUnit(units, "sb-mutasi", "sekretariat")).toBeNull();
    expect(checkMoveUnit(units, "mutasi", null)).toBeNull();
  });

  it("refuses moving a unit under itself or under one of its own sub-units, naming it", () => {
    expect(checkMoveUnit(units, "mutasi", "mutasi")).toMatch(/dirinya sendiri/);
    expect(checkMoveUnit(units, "badan", "sb-promosi")).toBe(
      'Unit tidak dapat dipindahkan ke bawah "Subbidang Promosi", karena "Subbidang Promosi" berada di bawah unit ini.',
    );
  });

  it("lists every unit below a unit", () => {
    expect([...descendantIds(units, "badan")].sort()).toEqual(["mutasi", "sb-mutasi", "sb-promosi", "sekretariat"]);
    expect(descendantIds(units, "sb-mutasi").size).toBe(0);
  });
});
