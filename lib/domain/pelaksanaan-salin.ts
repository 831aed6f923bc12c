import type { JenisPeriode } from "@/lib/generated/prisma/enums";

type PeriodeUrut = { id: string; jenis: JenisPeriode; urutan: number };

/**
 * The periode whose rencana aksi "Salin dari periode sebelumnya" copies: the closest earlier
 * periode of the same kind (Triwulan II → Triwulan I, Maret → Februari). The tahunan periode
 * has none, and neither does the first of a kind.
 */
export function periodeSebelumnya<P extends PeriodeUrut>(semua: readonly P[], sekarang: PeriodeUrut): P | null {
  const lebihAwal = semua.filter((p) => p.jenis === sekarang.jenis && p.urutan < sekarang.urutan);
  return lebihAwal.reduce<P | null>((best, p) => (best === null || p.urutan > best.urutan ? p : best), null);
}

export type RencanaAksiItem = { rhkId: string; teks: string; urutan: number };

/**
 * The rencana aksi to create when copying `sumber` into a periode that already holds
 * `yangAda`: per RHK, in the source order, skipping any text the RHK already has (so copying
 * twice adds nothing), numbered after the existing ones.
 */
export function rencanaAksiUntukDisalin(
  sumber: readonly RencanaAksiItem[],
  yangAda: readonly RencanaAksiItem[],
): RencanaAksiItem[] {
  const kunci = (r: { rhkId: string; teks: string }) => `${r.rhkId}\u0000${r.teks.trim().toLocaleLowerCase("id")}`;
  const sudahAda = new Set(yangAda.map(kunci));
  const urutanBerikut = new Map<string, number>();
  for (const r of yangAda) urutanBerikut.set(r.rhkId, Math.max(urutanBerikut.get(r.rhkId) ?? 0, r.urutan + 1));

  const hasil: RencanaAksiItem[] = [];
  const rhkUrut = [...new Set(sumber.map((r) => r.rhkId))];
  const urut = [...sumber].sort((a, b) => rhkUrut.indexOf(a.rhkId) - rhkUrut.indexOf(b.rhkId) || a.urutan - b.urutan);
  for (const r of urut) {
    if (sudahAda.has(kunci(r))) continue;
    sudahAda.add(kunci(r));
    const urutan = urutanBerikut.get(r.rhkId) ?? 0;
    urutanBerikut.set(r.rhkId, urutan + 1);
    hasil.push({ rhkId: r.rhkId, teks: r.teks.trim(), urutan });
  }
  return hasil;
}
