/**
 * Pure helpers for the unit kerja tree. Units arrive as a flat list (one query); the tree,
 * paths and depths are computed here so the rules can be tested without a database.
 */

export type TreeUnit = { id: string; parentId: string | null; nama: string };

export type UnitTreeNode<T extends TreeUnit> = { unit: T; depth: number; children: UnitTreeNode<T>[] };

/**
 * Nested nodes, children sorted by nama. A unit whose parent is missing from the list (for
 * example filtered out) becomes a root, so no unit silently disappears from the view.
 */
export function buildUnitTree<T extends TreeUnit>(units: readonly T[]): UnitTreeNode<T>[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, T[]>();
  for (const unit of units) {
    const key = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), unit]);
  }
  const seen = new Set<string>();
  const build = (parentId: string | null, depth: number): UnitTreeNode<T>[] =>
    [...(childrenOf.get(parentId) ?? [])]
      .sort((a, b) => a.nama.localeCompare(b.nama, "id"))
      .filter((unit) => !seen.has(unit.id) && seen.add(unit.id))
      .map((unit) => ({ unit, depth, children: build(unit.id, depth + 1) }));
  return build(null, 0);
}

/** Depth-first order with depth, for a <select> that shows the hierarchy by indentation. */
export function flattenUnitTree<T extends TreeUnit>(nodes: readonly UnitTreeNode<T>[]): { unit: T; depth: number }[] {
  return nodes.flatMap((node) => [{ unit: node.unit, depth: node.depth }, ...flattenUnitTree(node.children)]);
}

/** From the root down to `unitId` itself; empty when the unit is unknown. Stops on a cycle. */
export function unitPath<T extends TreeUnit>(units: readonly T[], unitId: string): T[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: T[] = [];
  const seen = new Set<string>();
  for (let unit = byId.get(unitId); unit && !seen.has(unit.id); unit = byId.get(unit.parentId ?? "")) {
    seen.add(unit.id);
    path.unshift(unit);
  }
  return path;
}

/** 0 for a root unit; -1 when the unit is unknown. */
export function unitDepth(units: readonly TreeUnit[], unitId: string): number {
  return unitPath(units, unitId).length - 1;
}

/** Every unit below `unitId` (children, grandchildren, …), not the unit itself. */
export function descendantIds(units: readonly TreeUnit[], unitId: string): Set<string> {
  const result = new Set<string>();
  const queue = [unitId];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const unit of units) {
      if (unit.parentId === current && !result.has(unit.id) && unit.id !== unitId) {
        result.add(unit.id);
        queue.push(unit.id);
      }
    }
  }
  return result;
}

/**
 * Why `unitId` cannot be placed under `newParentId`, or null when it can. Moving a unit under
 * itself or one of its own sub-units would cut that branch off from the tree.
 */
export function checkMoveUnit(units: readonly TreeUnit[], unitId: string, newParentId: string | null): string | null {
  if (newParentId === null) return null;
  if (newParentId === unitId) return "Unit tidak dapat menjadi induk bagi dirinya sendiri.";
  if (descendantIds(units, unitId).has(newParentId)) {
    const tujuan = units.find((u) => u.id === newParentId)?.nama ?? "unit tersebut";
    return `Unit tidak dapat dipindahkan ke bawah "${tujuan}", karena "${tujuan}" berada di bawah unit ini.`;
  }
  return null;
}
