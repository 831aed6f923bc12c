"use server";

import { z } from "@/lib/schemas/zod";
import { DomainError } from "@/lib/domain/errors";
import { gantiSandiSchemaFor } from "@/lib/schemas/auth";
import { writeAudit } from "@/lib/server/audit";
import { defineAction } from "@/lib/server/define-action";
import { hashPassword, verifyPassword } from "@/lib/server/autentikasi/password";

// The NIP-dependent rules run in the body, once the actor (and so the NIP) is known.
const bentukSchema = z.object({ sandiLama: z.string(), password: z.string(), confirmPassword: z.string() });

/**
 * The pegawai replaces their own password: from Profil › Keamanan, or at the first sign-in
 * after an admin handed out a temporary one. This browser stays signed in; every other session
 * ends, since whoever knew the old password may be using one.
 */
const gantiSandiAction = defineAction({ schema: bentukSchema, izinkanWajibGantiSandi: true }, async ({ input, actor, tx }) => {
  const parsed = gantiSandiSchemaFor(actor.nip).safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError(issue?.message ?? "Periksa kembali isian yang ditandai.", String(issue?.path[0] ?? "password"));
  }
  const pegawai = await tx.pegawai.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(pegawai.passwordHash, parsed.data.sandiLama))) {
    throw new DomainError("Kata sandi saat ini salah.", "sandiLama");
  }
  await tx.pegawai.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(parsed.data.password), wajibGantiSandi: false, version: { increment: 1 } },
  });
  const { count: sesiLainDiakhiri } = await tx.sesi.updateMany({
    where: { pegawaiId: actor.id, revokedAt: null, NOT: { id: actor.sesiId } },
    data: { revokedAt: new Date() },
  });
  await writeAudit(tx, actor, { aksi: "GANTI_SANDI", entitas: "Pegawai", entitasId: actor.id, data: { sesiLainDiakhiri } });
  return { sesiLainDiakhiri };
});

export async function gantiSandi(input: z.input<typeof bentukSchema>) {
  return gantiSandiAction(input);
}
