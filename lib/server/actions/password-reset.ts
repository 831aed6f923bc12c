"use server";

import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { DomainError } from "@/lib/domain/errors";
import { env } from "@/lib/env";
import {
  forgotPasswordSchema,
  resetPasswordSchemaFor,
  type ForgotPasswordInput,
  type ResetPasswordInput,
} from "@/lib/schemas/auth";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { toFailure, type ActionResult, type FieldErrors } from "@/lib/server/define-action";
import { clearLoginFailures, recordHit } from "@/lib/server/autentikasi/pembatas-masuk";
import { sendPasswordResetMail } from "@/lib/server/mail";
import { hashPassword } from "@/lib/server/autentikasi/password";
import { revokeAllSesi } from "@/lib/server/autentikasi/sesi";

// Public actions: nobody is signed in here, so they cannot go through defineAction.

const RESET_REQUESTED_MESSAGE =
  "Jika NIP terdaftar dan memiliki email, tautan reset telah dikirim ke email tersebut.";
const TOKEN_VALID_MINUTES = 30;
const REQUESTS_PER_WINDOW = 3;

export type ResetTokenStatus = { valid: true; nip: string; nama: string } | { valid: false; message: string };

/**
 * Always the same answer, whether or not the NIP exists, so the form cannot be used to find
 * out who is registered. More than three requests for one NIP in 15 minutes send nothing.
 */
export async function requestPasswordReset(input: ForgotPasswordInput): Promise<ActionResult<{ message: string }>> {
  const parsed = forgotPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { nip } = parsed.data;

  try {
    const requests = await recordHit(`reset:${nip}`, REQUESTS_PER_WINDOW + 1);
    const pegawai = await db.pegawai.findFirst({ where: { nip, aktif: true }, select: { id: true, instansiId: true, nama: true, email: true } });
    const send = requests <= REQUESTS_PER_WINDOW && Boolean(pegawai?.email);
    // Nobody is signed in: filed under the pegawai whose NIP was typed, for their own history.
    await writeAudit(db, null, {
      aksi: "RESET_SANDI_DIMINTA",
      entitas: "Pegawai",
      entitasId: pegawai?.id ?? null,
      instansiId: pegawai?.instansiId,
      data: { nip, tautanDikirim: send },
    });

    if (pegawai?.email && send) {
      const token = randomBytes(32).toString("base64url");
      await db.$transaction([
        db.passwordResetToken.deleteMany({ where: { pegawaiId: pegawai.id, usedAt: null } }),
        db.passwordResetToken.create({
          data: {
            pegawaiId: pegawai.id,
            tokenHash: hashToken(token),
            expiresAt: new Date(Date.now() + TOKEN_VALID_MINUTES * 60_000),
          },
        }),
      ]);
      // Not awaited: waiting for the mail server would make a registered NIP answer slower.
      void sendPasswordResetMail({
        to: pegawai.email,
        nama: pegawai.nama,
        link: `${env().APP_URL}/reset-password/${token}`,
        validMinutes: TOKEN_VALID_MINUTES,
      }).catch((error: unknown) => console.error("[email reset kata sandi gagal dikirim]", error));
    }
  } catch (error) {
    return toFailure(error);
  }
  return { ok: true, data: { message: RESET_REQUESTED_MESSAGE } };
}

/** What the reset page shows before the form: whose password it is, or why the link is dead. */
export async function checkResetToken(token: string): Promise<ResetTokenStatus> {
  // Callable by any client with any argument: only a string can be a token.
  if (typeof token !== "string") return { valid: false, message: "Tautan reset kata sandi ini tidak dikenal." };
  const found = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, pegawai: { select: { nip: true, nama: true, aktif: true } } },
  });
  if (!found || !found.pegawai.aktif) {
    return { valid: false, message: "Tautan reset kata sandi ini tidak dikenal atau sudah diganti tautan yang lebih baru." };
  }
  if (found.usedAt) return { valid: false, message: "Tautan reset kata sandi ini sudah pernah dipakai." };
  if (found.expiresAt <= new Date()) {
    return { valid: false, message: `Tautan reset kata sandi ini sudah kedaluwarsa (berlaku ${TOKEN_VALID_MINUTES} menit).` };
  }
  return { valid: true, nip: found.pegawai.nip, nama: found.pegawai.nama };
}

/** Sets the new password, spends the token and lifts any sign-in lock on the NIP, together. */
export async function resetPassword(input: ResetPasswordInput): Promise<ActionResult<null>> {
  const token = typeof input?.token === "string" ? input.token : "";
  const status = await checkResetToken(token);
  if (!status.valid) return { ok: false, message: status.message };

  const parsed = resetPasswordSchemaFor(status.nip).safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);

  try {
    await db.$transaction(async (tx) => {
      const now = new Date();
      // The conditions repeat the checks above so a link used twice at once only works once.
      const spent = await tx.passwordResetToken.updateMany({
        where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (spent.count !== 1) throw new DomainError("Tautan reset kata sandi ini sudah pernah dipakai.");
      const pegawai = await tx.pegawai.update({
        where: { nip: status.nip },
        // Whoever was signed in with the old password (say, on a shared computer) is signed out.
        data: { passwordHash, wajibGantiSandi: false, version: { increment: 1 }, sesiVersi: { increment: 1 } },
        select: { id: true, instansiId: true },
      });
      await revokeAllSesi(tx, pegawai.id);
      // The emailed link is the owner's way past a lock that someone else's guesses caused.
      await clearLoginFailures(status.nip, tx);
      await writeAudit(tx, pegawai, { aksi: "RESET_SANDI_DIPAKAI", entitas: "Pegawai", entitasId: pegawai.id, data: { nip: status.nip } });
    });
  } catch (error) {
    return toFailure(error);
  }
  return { ok: true, data: null };
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function invalidInput(error: z.ZodError): { ok: false; message: string; fieldErrors: FieldErrors } {
  return {
    ok: false,
    message: "Periksa kembali isian yang ditandai.",
    fieldErrors: z.flattenError(error).fieldErrors as FieldErrors,
  };
}
