"use server";

import { pegawaiCariSchema, type PegawaiCariInput } from "@/lib/schemas/admin-pegawai";
import { defineAction } from "@/lib/server/define-action";
import { cariPilihanPegawai } from "@/lib/server/queries/pegawai-pilihan";
import { assertAdminOf } from "@/lib/server/queries/admin-scope";

/**
 * The picker's search for atasan and PLT/PLH: active pegawai of the admin's own instansi by
 * part of the nama or NIP, at most 10. A read, but the picker runs in the browser.
 */
const cariPegawaiAction = defineAction({ schema: pegawaiCariSchema, requireAdmin: true }, async ({ input, actor, tx }) => {
  assertAdminOf(actor, actor.instansiId);
  return cariPilihanPegawai(tx, { instansiId: actor.instansiId, q: input.q, kecualiId: input.kecualiId });
});

export async function cariPegawai(input: PegawaiCariInput) {
  return cariPegawaiAction(input);
}
