import { z } from "./zod";
import { normalizeNip } from "@/lib/domain/nip";
import { checkPasswordRules, PASSWORD_MAX } from "@/lib/domain/password";

// People copy NIPs from documents in the grouped form `19900101 201501 1 001`.
const nipField = z
  .string()
  .transform(normalizeNip)
  .pipe(z.string().min(1, "NIP wajib diisi.").regex(/^\d{18}$/, "NIP harus 18 digit angka."));

export const signInSchema = z.object({
  nip: nipField,
  password: z.string().min(1, "Kata sandi wajib diisi."),
});
export type SignInInput = z.input<typeof signInSchema>;

export const forgotPasswordSchema = z.object({ nip: nipField });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/**
 * Built per NIP because the password rules forbid containing the owner's NIP. The reset page
 * knows the NIP from the token, so the form and the server action check the same rules.
 */
export function resetPasswordSchemaFor(nip: string) {
  return z
    .object({
      token: z.string().min(1),
      password: z.string().superRefine((password, ctx) => {
        for (const problem of checkPasswordRules(password, { nip })) ctx.addIssue({ code: "custom", message: problem });
      }),
      confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
    })
    .refine((v) => v.password === v.confirmPassword, {
      message: "Konfirmasi kata sandi tidak sama.",
      path: ["confirmPassword"],
    });
}
export type ResetPasswordInput = z.input<ReturnType<typeof resetPasswordSchemaFor>>;

/**
 * Profil › Keamanan and the forced change after an admin reset. The rules that need the NIP
 * (lib/domain/password.ts) are checked by `gantiSandiSchemaFor`; the server action applies the
 * same function with the signed-in pegawai's NIP.
 */
export function gantiSandiSchemaFor(nip: string) {
  return z
    .object({
      sandiLama: z.string().min(1, "Kata sandi saat ini wajib diisi.").max(PASSWORD_MAX, `Kata sandi maksimal ${PASSWORD_MAX} karakter.`),
      password: z.string().superRefine((password, ctx) => {
        for (const problem of checkPasswordRules(password, { nip })) ctx.addIssue({ code: "custom", message: problem });
      }),
      confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
    })
    .refine((v) => v.password === v.confirmPassword, { message: "Konfirmasi kata sandi tidak sama.", path: ["confirmPassword"] })
    .refine((v) => v.password !== v.sandiLama, { message: "Kata sandi baru harus berbeda dari kata sandi saat ini.", path: ["password"] });
}
export type GantiSandiInput = z.input<ReturnType<typeof gantiSandiSchemaFor>>;
