"use server";

import { pegawaiCariSchema, type PegawaiCariInput } from "@/lib/schemas/admin-pegawai";
import { defineAction } from "@/lib/server/define-action";
import { namaLengkap } from "@/lib/server/queries/pegawai";
import { pegawaiSearchWhere } from "@/lib/server/queries/pegawai-search";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";

export type PegawaiOption = { id: string; nip: string; nama: string; jabatan: string; unit: string | null };

/**
 * The picker's search for atasan and PLT/PLH: active pegawai of the admin's own instansi by
 * part of the nama or NIP, at most 10. A read, but the picker runs in the browser.
 */
const cariPegawaiAction = defineAction({ schema: pegawaiCariSchema, requireAdmin: true }, async ({ input, actor, tx }): Promise<PegawaiOption[]> => {
  assertAdminOf(actor, actor.instansiId);
  const rows = await tx.pegawai.findMany({
    where: {
      instansiId: actor.instansiId,
      aktif: true,
      ...(input.kecualiId ? { id: { not: input.kecualiId } } : {}),
      ...pegawaiSearchWhere(input.q),
    },
    orderBy: [{ nama: "asc" }],
    take: 10,
    select: { id: true, nip: true, nama: true, gelarDepan: true, gelarBelakang: true, jabatan: true, unit: { select: { nama: true } } },
  });
  return rows.map((p) => ({ id: p.id, nip: p.nip, nama: namaLengkap(p), jabatan: p.jabatan, unit: p.unit?.nama ?? null }));
});

export async function cariPegawai(input: PegawaiCariInput) {
  return cariPegawaiAction(input);
}
