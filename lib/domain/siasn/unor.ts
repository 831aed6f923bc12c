import { readText, type SiasnRecord } from "./fields";

/** One unit (unor) of SIASN's `ref-unor` tree, in our words. */
export type SiasnUnor = {
  id: string;
  instansiId: string | null;
  /** `DiatasanId`: the unit above. */
  parentId: string | null;
  nama: string;
  namaJabatan: string | null;
  eselon: number | null;
  /** `PemimpinPnsId`: the PNS `id` (not NIP) of the head, when the post is filled. */
  pimpinanPnsId: string | null;
  indukUnorId: string | null;
};

/** Null for a row without an id or a name, which cannot be placed in the tree. */
export function mapRefUnor(raw: SiasnRecord): SiasnUnor | null {
  const id = readText(raw, "Id");
  const nama = readText(raw, "NamaUnor");
  if (!id || !nama) return null;
  const parentId = readText(raw, "DiatasanId");
  return {
    id,
    instansiId: readText(raw, "InstansiId"),
    parentId: parentId === id ? null : parentId,
    nama,
    namaJabatan: readText(raw, "NamaJabatan"),
    eselon: eselonFromId(readText(raw, "EselonId")),
    pimpinanPnsId: readText(raw, "PemimpinPnsId"),
    indukUnorId: readText(raw, "IndukUnorId"),
  };
}

/**
 * SIASN has no atasan endpoint; the atasan follows from the unit tree. It is the head of the
 * pegawai's own unit, or, for the head themself, the head of the unit above. A vacant head
 * passes the question on up the tree. Returns the atasan's PNS `id`, or null at the top.
 */
export function deriveAtasanPnsId(unors: SiasnUnor[], pegawai: { unorId: string; pnsId: string }): string | null {
  const byId = new Map(unors.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let unor = byId.get(pegawai.unorId);
  while (unor && !seen.has(unor.id)) {
    seen.add(unor.id);
    if (unor.pimpinanPnsId && unor.pimpinanPnsId !== pegawai.pnsId) return unor.pimpinanPnsId;
    unor = unor.parentId ? byId.get(unor.parentId) : undefined;
  }
  return null;
}

/**
 * `rootId` and every unit below it, parents before children. The full ref-unor holds every
 * unit of the government; an instansi syncs the part under its own root unit (the
 * `unorIndukId` of its pegawai).
 */
export function unorSubtree(unors: SiasnUnor[], rootId: string): SiasnUnor[] {
  const children = new Map<string, SiasnUnor[]>();
  for (const unor of unors) {
    if (!unor.parentId) continue;
    children.set(unor.parentId, [...(children.get(unor.parentId) ?? []), unor]);
  }
  const root = unors.find((u) => u.id === rootId);
  if (!root) return [];
  const result: SiasnUnor[] = [];
  const queue = [root];
  const seen = new Set<string>();
  for (let unor = queue.shift(); unor; unor = queue.shift()) {
    if (seen.has(unor.id)) continue;
    seen.add(unor.id);
    result.push(unor);
    queue.push(...(children.get(unor.id) ?? []));
  }
  return result;
}

/** SIASN eselon ids carry the level in their first digit: `21` = II.a, `42` = IV.b. */
function eselonFromId(id: string | null): number | null {
  const match = /^([1-5])\d$/.exec(id ?? "");
  return match?.[1] ? Number(match[1]) : null;
}
