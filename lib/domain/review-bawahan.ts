import type { StatusSkpTampil } from "./labels";

/**
 * The list filter: an SKP status as lists show it (a returned Draft is "Dikembalikan"), or
 * bawahan who have not made an SKP for the year. Labels, colours and icons: STATUS.skp.
 */
export type StatusBawahan = StatusSkpTampil;

/** Filter chips and sort order: what waits for the atasan first, then what waits for the pegawai. */
export const STATUS_BAWAHAN: readonly StatusBawahan[] = ["PENGAJUAN", "DIKEMBALIKAN", "DRAFT", "PERSETUJUAN", "BELUM"];

/**
 * The year a list opens on: the one asked for when the instansi has it, else the current
 * calendar year when opened, else the newest. `tersedia` is newest first.
 */
export function pilihTahun(tersedia: readonly number[], diminta: number | undefined, today: Date): number | null {
  if (diminta !== undefined && tersedia.includes(diminta)) return diminta;
  const sekarang = today.getUTCFullYear();
  if (tersedia.includes(sekarang)) return sekarang;
  return tersedia[0] ?? null;
}

/** What needs the atasan first: SKP waiting for a decision, then returned SKP and drafts, then the rest. */
export function bandingkanBawahan(
  a: { status: StatusBawahan; nama: string },
  b: { status: StatusBawahan; nama: string },
): number {
  const urutan = STATUS_BAWAHAN.indexOf(a.status) - STATUS_BAWAHAN.indexOf(b.status);
  return urutan !== 0 ? urutan : a.nama.localeCompare(b.nama, "id");
}

export type Halaman<T> = { items: T[]; page: number; pageCount: number; total: number };

/** One page of `items`; a page number past the end shows the last page. */
export function halaman<T>(items: readonly T[], page: number, pageSize: number): Halaman<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return {
    items: items.slice((current - 1) * pageSize, current * pageSize),
    page: current,
    pageCount,
    total: items.length,
  };
}
